package org.caregate.forms.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file's type is told by its first bytes; a declaration that claims a signed kind must be borne out. */
class FileKindTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F'};
    private static final byte[] TEXT = "hello, w".getBytes();

    @Test
    void signaturesAreRecognised() {
        assertThat(FileKind.sniff(PDF)).contains(FileKind.PDF);
        assertThat(FileKind.sniff(PNG)).contains(FileKind.PNG);
        assertThat(FileKind.sniff(JPEG)).contains(FileKind.JPEG);
        assertThat(FileKind.sniff(TEXT)).isEmpty();
        assertThat(FileKind.sniff(new byte[] {'%', 'P'})).isEmpty();
    }

    @Test
    void aDeclaredSignedKindMustMatchTheBytesAndItsAliasesCount() {
        assertThat(FileKind.contentType(PDF, "application/x-pdf", null)).contains("application/pdf");
        assertThat(FileKind.contentType(PDF, "image/pdf", null)).contains("application/pdf");
        assertThat(FileKind.contentType(TEXT, "application/pdf", null)).isEmpty();
        assertThat(FileKind.contentType(PNG, "image/jpeg", null)).isEmpty();
        assertThat(FileKind.contentType(JPEG, "IMAGE/JPEG; charset=x", null)).contains("image/jpeg");
    }

    @Test
    void otherDeclarationsStandWhenTheyAreMediaTypesAndTheBytesWinOverThem() {
        assertThat(FileKind.contentType(TEXT, "text/plain", null)).contains("text/plain");
        assertThat(FileKind.contentType(PNG, "application/octet-stream", null)).contains("image/png");
        assertThat(FileKind.contentType(TEXT, "not a type", null)).isEmpty();
        assertThat(FileKind.contentType(TEXT, null, "notes.TXT")).contains("text/plain");
        assertThat(FileKind.contentType(TEXT, null, null)).contains(FileKind.UNKNOWN);
    }

    @Test
    void familiesGroupContentTypes() {
        assertThat(FileKind.family("application/pdf")).isEqualTo("pdf");
        assertThat(FileKind.family("image/png")).isEqualTo("image");
        assertThat(FileKind.family("text/csv")).isEqualTo("text");
        assertThat(FileKind.family("application/zip")).isEqualTo("other");
    }
}
