package org.caregate.web.forms;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.caregate.forms.api.Upload;
import org.caregate.kernel.error.InvalidInputException;

/**
 * Files sent as text: Healthie's {@code file_string} (base64, bare or as a {@code data:} URL) and a JSON-sent
 * {@code Upload} ({@link UploadType}). A data URL may name the file ({@code data:image/png;name=scan.png;base64,…}); its media type is a
 * declaration the content's own first bytes are checked against.
 */
final class FileStrings {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private FileStrings() {
    }

    /** The upload {@code text} holds; refused in {@code field} when it is not base64. */
    static Upload read(String field, String text) {
        try {
            return decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be base64, or a base64 data: URL");
        }
    }

    private static Upload decode(String text) {
        String type = null;
        String name = null;
        String data = text.strip();
        if (data.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = data.indexOf(',');
            if (comma < 0 || !data.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                throw new IllegalArgumentException("not a base64 data: URL");
            }
            String[] parameters = data.substring(5, comma).split(";");
            type = parameters[0].isBlank() ? null : parameters[0].strip();
            for (String parameter : parameters) {
                if (parameter.toLowerCase(Locale.ROOT).startsWith("name=")) {
                    name = URLDecoder.decode(parameter.substring(5).replace("+", "%2B"), StandardCharsets.UTF_8);
                }
            }
            data = data.substring(comma + 1);
        }
        byte[] bytes = Base64.getDecoder().decode(WHITESPACE.matcher(data).replaceAll(""));
        return new Upload(new ByteArrayInputStream(bytes), name, type);
    }
}
