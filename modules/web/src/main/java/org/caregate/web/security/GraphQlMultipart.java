package org.caregate.web.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GraphQL request sent by the multipart request spec (github.com/jaydenseric/graphql-multipart-request-spec), as
 * Healthie's {@code Upload} mutations are: an {@code operations} part (the JSON request, each file variable
 * {@code null}), a {@code map} part (which file part goes to which variable path) and the file parts. It becomes the
 * JSON request the engine runs, each file in its variable's place as a base64 {@code data:} URL naming its type and
 * file name, which the {@code Upload} scalar reads. One operation per request, as for JSON bodies.
 */
final class GraphQlMultipart {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");
    private static final int MOST_FILES = 10;

    private GraphQlMultipart() {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The JSON request the multipart body stands for, or the refusal's reason. */
    static Result toJson(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return Result.refused("A multipart request needs a boundary in its Content-Type");
        }
        String delimiter = boundary.group(2) != null ? boundary.group(2) : boundary.group(3);
        Map<String, Part> parts = new HashMap<>();
        Optional<String> split = split(body, ("--" + delimiter).getBytes(StandardCharsets.ISO_8859_1), parts);
        if (split.isPresent()) {
            return Result.refused(split.get());
        }
        Part operations = parts.get("operations");
        Part map = parts.get("map");
        if (operations == null || map == null) {
            return Result.refused("A multipart GraphQL request needs the parts operations and map, before the files");
        }
        JsonValue request;
        JsonValue files;
        try {
            request = read(operations.content);
            files = read(map.content);
        } catch (JsonException | IllegalStateException e) {
            return Result.refused("operations and map must be JSON (" + RequestLimits.MALFORMED + ")");
        }
        if (!(request instanceof JsonObject) || !(files instanceof JsonObject fileMap)) {
            return Result.refused("operations must be one JSON object (no batch) and map a JSON object");
        }
        if (fileMap.size() > MOST_FILES) {
            return Result.refused("A request may carry at most " + MOST_FILES + " files");
        }
        JsonValue result = request;
        for (Map.Entry<String, JsonValue> entry : fileMap.entrySet()) {
            Part file = parts.get(entry.getKey());
            if (file == null || file.fileName == null) {
                return Result.refused("map names the file part " + RequestLimits.printable(entry.getKey())
                        + ", which the request does not carry");
            }
            if (!(entry.getValue() instanceof JsonArray paths) || paths.isEmpty()) {
                return Result.refused("map must give each file a list of variable paths");
            }
            JsonString url = JSON.createValue(dataUrl(file));
            for (JsonValue path : paths) {
                if (!(path instanceof JsonString text) || !text.getString().startsWith("variables.")) {
                    return Result.refused("A file may only take the place of a variable (variables.<name>)");
                }
                Optional<JsonValue> placed = place(result, Arrays.asList(text.getString().split("\\.")), url);
                if (placed.isEmpty()) {
                    return Result.refused("map names " + RequestLimits.printable(text.getString())
                            + ", which operations does not hold");
                }
                result = placed.get();
            }
        }
        return new Result(result.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    /** The parts of the body by name; the problem with its framing, if any. */
    private static Optional<String> split(byte[] body, byte[] delimiter, Map<String, Part> parts) {
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            return Optional.of("The multipart body holds no part");
        }
        while (true) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return Optional.empty();
            }
            int headersStart = start + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0 || start + 2 > body.length || body[start] != '\r' || body[start + 1] != '\n') {
                return Optional.of("The multipart body is malformed");
            }
            int next = indexOf(body, concat("\r\n".getBytes(StandardCharsets.ISO_8859_1), delimiter), headersEnd + 4);
            if (next < 0) {
                return Optional.of("The multipart body ends before its closing boundary");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            Part part = Part.of(headers, Arrays.copyOfRange(body, headersEnd + 4, next));
            if (part == null) {
                return Optional.of("Each part needs a Content-Disposition: form-data with a name");
            }
            if (parts.putIfAbsent(part.name, part) != null) {
                return Optional.of("The part " + RequestLimits.printable(part.name) + " is sent twice");
            }
            at = next + 2;
        }
    }

    private static String dataUrl(Part file) {
        String type = file.contentType != null && MEDIA_TYPE.matcher(file.contentType).matches() ? file.contentType
                : "application/octet-stream";
        return "data:" + type + ";name=" + URLEncoder.encode(file.fileName, StandardCharsets.UTF_8).replace("+", "%20")
                + ";base64,"
                + Base64.getEncoder().encodeToString(file.content);
    }

    /** {@code root} with {@code value} at {@code path} (object members and list indexes), if the path exists. */
    private static Optional<JsonValue> place(JsonValue root, List<String> path, JsonValue value) {
        if (path.isEmpty()) {
            return Optional.of(value);
        }
        String step = path.get(0);
        List<String> rest = path.subList(1, path.size());
        if (root instanceof JsonObject object && object.containsKey(step)) {
            return place(object.get(step), rest, value).map(placed -> {
                JsonObjectBuilder copy = JSON.createObjectBuilder(object);
                return copy.add(step, placed).build();
            });
        }
        if (root instanceof JsonArray array && step.matches("[0-9]{1,4}") && Integer.parseInt(step) < array.size()) {
            int index = Integer.parseInt(step);
            return place(array.get(index), rest, value).map(placed -> {
                JsonArrayBuilder copy = JSON.createArrayBuilder(array);
                return copy.set(index, placed).build();
            });
        }
        return Optional.empty();
    }

    private static JsonStructure read(byte[] json) {
        try (JsonReader reader = JSON.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
            return reader.read();
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The JSON request, or why there is none. */
    record Result(byte[] json, String refusal) {

        static Result refused(String why) {
            return new Result(null, why);
        }
    }

    /** One part: its name, its file name (for files), its declared type and its content. */
    private record Part(String name, String fileName, String contentType, byte[] content) {

        static Part of(String headers, byte[] content) {
            String name = null;
            String fileName = null;
            String type = null;
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                if (header.equals("content-disposition") && value.toLowerCase(Locale.ROOT).startsWith("form-data")) {
                    Matcher named = NAME.matcher(value);
                    name = named.find() ? named.group(1) : null;
                    Matcher file = FILE_NAME.matcher(value);
                    fileName = file.find() ? file.group(1) : null;
                } else if (header.equals("content-type")) {
                    type = value.split(";", 2)[0].strip();
                }
            }
            return name == null ? null : new Part(name, fileName, type, content);
        }
    }
}
