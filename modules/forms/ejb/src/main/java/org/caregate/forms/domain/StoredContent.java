package org.caregate.forms.domain;

import java.util.UUID;

/** A document's content once stored: where, how large, and of which type. */
public record StoredContent(UUID fileId, long size, String contentType) {
}
