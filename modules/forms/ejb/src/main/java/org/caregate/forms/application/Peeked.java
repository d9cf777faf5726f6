package org.caregate.forms.application;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.caregate.forms.domain.FileKind;

/**
 * An upload whose first bytes were read to tell what it is ({@link FileKind}) and which still reads from its start.
 *
 * @param head at most {@link FileKind#HEAD_BYTES} first bytes; empty for an empty upload
 */
record Peeked(InputStream content, byte[] head) {

    static Peeked of(InputStream upload) {
        InputStream content = new BufferedInputStream(upload, FileKind.HEAD_BYTES * 2);
        try {
            content.mark(FileKind.HEAD_BYTES);
            byte[] head = content.readNBytes(FileKind.HEAD_BYTES);
            content.reset();
            return new Peeked(content, head);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read an upload", e);
        }
    }
}
