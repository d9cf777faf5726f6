package org.caregate.forms.api;

import java.io.InputStream;

/**
 * A file a client sends: its content, read once as it is stored, and what the client said of it.
 *
 * @param fileName     the name the client gave the file, or {@code null}
 * @param declaredType the content type the client declared, or {@code null}; the content's own first bytes decide
 *                     where they are recognised
 */
public record Upload(InputStream content, String fileName, String declaredType) {
}
