package org.caregate.it.fuzz;

import java.util.Map;

/**
 * One hostile request of the corpus.
 *
 * @param label     what it tries, for the report
 * @param method    the HTTP method
 * @param path      path and query, already encoded as sent
 * @param headers   headers besides the key
 * @param body      the body's bytes, or {@code null} for none
 * @param anonymous whether it is sent without a key
 * @param mayWrite  whether the operation it targets may change data (REST writes, GraphQL mutations), so a refusal
 *                  must be shown to have written nothing
 */
public record Probe(String label, String method, String path, Map<String, String> headers, byte[] body,
                    boolean anonymous, boolean mayWrite) {

    /** The request as a short line for the report: method, path (cut) and label. */
    public String describe() {
        String shownPath = path.length() > 120 ? path.substring(0, 120) + "…" : path;
        return method + " " + shownPath + " [" + label + (anonymous ? ", anonymous" : "") + "]";
    }
}
