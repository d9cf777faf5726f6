package org.caregate.web.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Healthie's opaque pagination cursors: base64 of {@code {"k":["<id>"]}}, as the seed's examples show
 * ({@code eyJrIjpbIjMiXX0=} is the cursor of id 3).
 */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(String id) {
        return Base64.getEncoder().encodeToString(("{\"k\":[\"" + id + "\"]}").getBytes(StandardCharsets.UTF_8));
    }

    /** The id inside a cursor, or the cursor itself when it is not one of ours (then the id check refuses it). */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String json = new String(Base64.getDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (json.startsWith("{\"k\":[\"") && json.endsWith("\"]}")) {
                return json.substring(7, json.length() - 3);
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through
        }
        return cursor;
    }
}
