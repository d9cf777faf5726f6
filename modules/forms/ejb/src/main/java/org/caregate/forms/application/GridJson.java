package org.caregate.forms.application;

import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Optional;

/**
 * A matrix question's grid as JSON — its options, or an answer: an array or object nested at most
 * {@value #MOST_DEPTH} deep (rows, cells, a cell's values), with no control character in any name or text. Read in one
 * pass before it is built, so that no input, however nested, costs more than its length.
 */
final class GridJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    static final int MOST_DEPTH = 3;

    private GridJson() {
    }

    /** The grid, or empty when {@code text} is not one. */
    static Optional<JsonStructure> read(String text) {
        if (!fits(text)) {
            return Optional.empty();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return Optional.of(reader.read());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean fits(String text) {
        int depth = 0;
        boolean structure = false;
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        structure |= depth == 0;
                        if (++depth > MOST_DEPTH) {
                            return false;
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    case KEY_NAME, VALUE_STRING -> {
                        if (parser.getString().chars().anyMatch(GridJson::isControl)) {
                            return false;
                        }
                    }
                    default -> {
                        if (depth == 0) {
                            return false;
                        }
                    }
                }
            }
            return structure;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
