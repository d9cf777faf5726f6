package org.caregate.reports.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.model.FileHeader;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Zip4jArchiveTest {

    private static final String CSV = "appointment_id,patient_mrn\r\n1,MRN-£1\r\n";

    @TempDir
    Path folder;

    @Test
    void oneAes256EntryThatOpensWithTheSeedPasswordOnly() throws IOException {
        Path file = zip("IK5adv2N5V-gr£9v6");
        try (ZipFile zip = new ZipFile(file.toFile(), "IK5adv2N5V-gr£9v6".toCharArray())) {
            assertThat(zip.getFileHeaders()).hasSize(1);
            FileHeader header = zip.getFileHeaders().get(0);
            assertThat(header.getFileName()).isEqualTo("report.csv");
            assertThat(header.isEncrypted()).isTrue();
            assertThat(header.getEncryptionMethod()).isEqualTo(EncryptionMethod.AES);
            assertThat(header.getAesExtraDataRecord().getAesKeyStrength()).isEqualTo(AesKeyStrength.KEY_STRENGTH_256);
            try (InputStream in = zip.getInputStream(header)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CSV);
            }
        }
        try (ZipFile wrong = new ZipFile(file.toFile(), "IK5adv2N5V-gr#9v6".toCharArray())) {
            assertThatThrownBy(() -> {
                try (InputStream in = wrong.getInputStream(wrong.getFileHeaders().get(0))) {
                    in.readAllBytes();
                }
            }).isInstanceOf(ZipException.class);
        }
    }

    @Test
    void theClearTextIsNowhereInTheFile() throws IOException {
        byte[] bytes = Files.readAllBytes(zip("secret-password"));
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("appointment_id")
                .doesNotContain("secret-password").startsWith("PK");
    }

    private Path zip(String password) throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        // as the generator writes it: a writer over the entry, both closed (the entry twice)
        try (OutputStream entry = new Zip4jArchive().entry(target, "report.csv", password.toCharArray());
             java.io.Writer writer = new java.io.OutputStreamWriter(entry, StandardCharsets.UTF_8)) {
            writer.write(CSV);
        }
        Path file = folder.resolve("report-" + System.nanoTime() + ".zip");
        Files.write(file, target.toByteArray());
        return file;
    }
}
