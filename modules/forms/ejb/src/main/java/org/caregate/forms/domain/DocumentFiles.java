package org.caregate.forms.domain;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/** Where documents' content is kept: streamed in and out, never whole in memory, per organization. */
public interface DocumentFiles {

    /**
     * Stores the content as a new file of the organization.
     *
     * @throws FileTooLarge when it holds more than {@code mostBytes}
     */
    StoredContent store(long organizationId, InputStream content, String contentType, long mostBytes);

    /** Copies the organization's file to {@code out}. */
    void copy(long organizationId, UUID fileId, OutputStream out);

    void delete(long organizationId, UUID fileId);

    /** The content held more than the limit. */
    final class FileTooLarge extends RuntimeException {

        public FileTooLarge(long mostBytes) {
            super("the file holds more than " + mostBytes + " bytes");
        }
    }
}
