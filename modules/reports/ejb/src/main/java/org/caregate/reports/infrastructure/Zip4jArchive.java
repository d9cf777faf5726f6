package org.caregate.reports.infrastructure;

import jakarta.enterprise.context.Dependent;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.caregate.reports.application.ReportArchive;

/**
 * Report files written by zip4j: one deflated entry encrypted with WinZip AES-256 (what 7-Zip, WinZip and macOS
 * archivers open), the password taken as UTF-8 — so the seed's {@code IK5adv2N5V-gr£9v6} opens with Debian's
 * {@code 7zz}.
 */
@Dependent
public class Zip4jArchive implements ReportArchive {

    @Override
    public OutputStream entry(OutputStream target, String entryName, char[] password) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, password);
        ZipParameters parameters = new ZipParameters();
        parameters.setFileNameInZip(entryName);
        parameters.setCompressionMethod(CompressionMethod.DEFLATE);
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(EncryptionMethod.AES);
        parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        zip.putNextEntry(parameters);
        return new FilterOutputStream(zip) {
            private boolean closed;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
            }

            /** Finishes the entry and the zip, once: closing again (a wrapping writer closed first) does nothing. */
            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    zip.closeEntry();
                    zip.close();
                }
            }
        };
    }
}
