package org.caregate.forms.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Solo's five types, each borne out by the content; a deleted attachment lets go of its content once. */
class AttachmentTest {

    private static final byte[] PDF = "%PDF-1.4".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void theFiveTypesAreAcceptedAndNothingElse() {
        assertThat(Attachment.acceptedType("Application/PDF; charset=binary")).contains("application/pdf");
        assertThat(Attachment.acceptedType("image/pdf")).contains("image/pdf");
        assertThat(Attachment.acceptedType("text/plain")).isEmpty();
        assertThat(Attachment.acceptedType("image/gif")).isEmpty();
        assertThat(Attachment.acceptedType(null)).isEmpty();
    }

    @Test
    void theContentMustBeWhatItsTypeSays() {
        assertThat(Attachment.contentIs("application/x-pdf", PDF)).isTrue();
        assertThat(Attachment.contentIs("image/pdf", PDF)).isTrue();
        assertThat(Attachment.contentIs("image/png", PNG)).isTrue();
        assertThat(Attachment.contentIs("application/pdf", "hello, w".getBytes())).isFalse();
        assertThat(Attachment.contentIs("image/jpeg", PNG)).isFalse();
    }

    @Test
    void aDeletedAttachmentKeepsItsEntryAndGivesUpItsContentOnce() {
        UUID content = UUID.randomUUID();
        Attachment attachment = Attachment.attach(1, 2, "Scan.png", "image/png",
                new StoredContent(content, 10, "image/png"), 3, Instant.EPOCH);
        assertThat(attachment.delete()).contains(content);
        assertThat(attachment.deleted()).isTrue();
        assertThat(attachment.delete()).isEmpty();
        assertThat(attachment.title()).isEqualTo("Scan.png");
    }
}
