package org.caregate.web.security;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The one set of limits every request to Caregate's APIs is held to, REST and GraphQL alike, checked before any
 * adapter reads it: a body sent as is (no {@code Content-Encoding}), in UTF-8; a JSON body that is one value and
 * nothing after it, nested at most {@value #MOST_DEPTH} deep, with lists of at most {@value #MOST_LIST_ITEMS}
 * entries, strings of at most {@value #MOST_STRING} characters, numbers of at most {@value #MOST_NUMBER} characters
 * that a double can hold; and no control character (other than tab and line breaks) and no unpaired surrogate in
 * any string, path or query parameter, and no dot segment in a path. A file sent as a base64 {@code data:} URL is
 * exempt from the string length (the body's limit bounds it). Beyond these the contexts' own rules apply (text fields at most 255
 * characters, dates within their ranges).
 */
final class RequestLimits {

    private static final JsonProvider JSON = JsonProvider.provider();

    static final int MOST_DEPTH = 32;
    static final int MOST_LIST_ITEMS = 1_000;
    static final int MOST_STRING = 10_000;
    static final int MOST_NUMBER = 40;
    /** The longest media type and parameters a base64 data: URL may carry before its comma. */
    static final int MOST_DATA_URL_HEADER = 512;
    static final String MALFORMED = "Malformed JSON: the body is not one valid JSON value";

    private RequestLimits() {
    }

    /** What is wrong with how the body is encoded, or empty; {@code text} receives the decoded body. */
    static Optional<String> encoding(String contentType, String contentEncoding, byte[] body, StringBuilder text) {
        if (contentEncoding != null && !contentEncoding.isBlank() && !contentEncoding.strip().equalsIgnoreCase("identity")) {
            return Optional.of("Content-Encoding " + printable(contentEncoding) + " is not accepted: send the body as is");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int charset = type.indexOf("charset=");
        if (charset >= 0) {
            String name = type.substring(charset + "charset=".length()).split(";", 2)[0].strip().replace("\"", "");
            if (!name.equals("utf-8") && !name.equals("utf8")) {
                return Optional.of("The body must be UTF-8 (charset " + printable(name) + " is not accepted)");
            }
        }
        try {
            text.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)));
        } catch (CharacterCodingException e) {
            return Optional.of("The body is not valid UTF-8");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a JSON text, or empty when it is one value within the limits. {@code longMember} names the
     * top-level member exempt from the string limit (GraphQL's {@code query}), or is {@code null}.
     */
    static Optional<String> json(String text, String longMember) {
        Deque<Integer> listItems = new ArrayDeque<>();
        String member = null;
        int depth = 0;
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                return Optional.of(MALFORMED);
            }
            do {
                JsonParser.Event event = parser.next();
                if (event != JsonParser.Event.END_ARRAY && event != JsonParser.Event.END_OBJECT
                        && event != JsonParser.Event.KEY_NAME && !listItems.isEmpty() && listItems.peek() >= 0) {
                    int items = listItems.pop() + 1;
                    listItems.push(items);
                    if (items > MOST_LIST_ITEMS) {
                        return Optional.of("A list may hold at most " + MOST_LIST_ITEMS + " entries");
                    }
                }
                switch (event) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > MOST_DEPTH) {
                            return Optional.of("JSON may be nested at most " + MOST_DEPTH + " deep");
                        }
                        listItems.push(event == JsonParser.Event.START_ARRAY ? 0 : -1);
                    }
                    case END_ARRAY, END_OBJECT -> {
                        depth--;
                        listItems.pop();
                    }
                    case KEY_NAME -> {
                        member = depth == 1 ? parser.getString() : null;
                        Optional<String> problem = string(parser.getString(), false);
                        if (problem.isPresent()) {
                            return problem;
                        }
                    }
                    case VALUE_STRING -> {
                        boolean exempt = depth == 1 && longMember != null && longMember.equals(member)
                                || isBase64DataUrl(parser.getString());
                        Optional<String> problem = string(parser.getString(), exempt);
                        if (problem.isPresent()) {
                            return problem;
                        }
                    }
                    case VALUE_NUMBER -> {
                        String number = parser.getString();
                        if (number.length() > MOST_NUMBER || Double.isInfinite(Double.parseDouble(number))) {
                            return Optional.of("A number may have at most " + MOST_NUMBER
                                    + " characters and must fit a double: " + printable(number));
                        }
                    }
                    default -> {
                        // true, false, null: nothing to check
                    }
                }
            } while (depth > 0);
            if (parser.hasNext()) {
                return Optional.of("The body must be one JSON value with nothing after it");
            }
        } catch (JsonParsingException | IllegalStateException | UnsupportedOperationException | NoSuchElementException e) {
            // Parsson's own limits (a number's length, nesting) and any malformed text: not a body Caregate reads
            return Optional.of(MALFORMED);
        }
        return Optional.empty();
    }

    /**
     * Whether a string is a file sent as a base64 {@code data:} URL (Healthie's {@code file_string}, a JSON-sent
     * {@code Upload}): such a string is exempt from the length limit, as the body's own limit bounds it and it can
     * hold no control character.
     */
    static boolean isBase64DataUrl(String value) {
        if (!value.regionMatches(true, 0, "data:", 0, 5)) {
            return false;
        }
        int comma = value.indexOf(',');
        if (comma < 0 || comma > MOST_DATA_URL_HEADER
                || !value.regionMatches(true, comma - ";base64".length(), ";base64", 0, ";base64".length())) {
            return false;
        }
        for (int i = comma + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=')) {
                return false;
            }
        }
        return string(value.substring(0, comma), false).isEmpty();
    }

    /** What is wrong with the path or the query string, or empty. */
    static Optional<String> address(String rawPath, String rawQuery) {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of("The path is not validly encoded");
        }
        if (string(path, true).isPresent() || path.indexOf('\ufffd') >= 0) {
            return Optional.of("The path may hold no control characters and only UTF-8");
        }
        if ((path + "/").contains("/./") || (path + "/").contains("/../")) {
            return Optional.of("The path may hold no . or .. segments");
        }
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            String decoded;
            try {
                decoded = URLDecoder.decode(pair, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.of("The query string is not validly encoded");
            }
            if (string(decoded, true).isPresent() || decoded.indexOf('\ufffd') >= 0) {
                return Optional.of("A query parameter may hold no control characters and only UTF-8");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with one string: its length (unless exempt), a control character or an unpaired surrogate. */
    static Optional<String> string(String value, boolean anyLength) {
        if (!anyLength && value.length() > MOST_STRING) {
            return Optional.of("A string may have at most " + MOST_STRING + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return Optional.of("Text may not contain control characters (found U+"
                        + String.format("%04X", (int) c) + ")");
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return Optional.of("Text may not contain unpaired surrogates");
            }
        }
        return Optional.empty();
    }

    /** A client's value as it may appear in an answer: short, without control characters. */
    static String printable(String value) {
        String cleaned = value.codePoints().filter(c -> c >= 0x20 && c != 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
