package org.caregate.forms.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caregate.forms.domain.GivenAnswer;
import org.caregate.forms.domain.Question;

/**
 * How an answer must look for each kind of question (docs/forms.md "Answers"), and how it reads once given
 * ({@code displayed_answer}). Every check runs in time linear in the answer's length.
 */
final class AnswerRules {

    /** The longest answer, in characters: what a request may carry in one string. */
    static final int MOST_CHARACTERS = 10_000;

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]{1,30}(\\.[0-9]{1,15})?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{7,30}");
    private static final Pattern TWELVE_HOUR = Pattern.compile("(1[0-2]|0?[1-9]):([0-5][0-9]) ?([AaPp][Mm])");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    private static final DateTimeFormatter SPELLED_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter TWENTY_FOUR_HOUR = DateTimeFormatter.ofPattern("H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SPELLED_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final String PNG = "data:image/png;base64,";
    private static final String JPEG = "data:image/jpeg;base64,";

    private AnswerRules() {
    }

    /** Why an answer does not fit its question: the message names what is expected. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The answer {@code raw} to {@code question}, checked; a blank answer is blank whatever the kind. */
    static GivenAnswer read(Question question, String raw) throws Refused {
        String text = raw == null ? "" : raw;
        if (text.length() > MOST_CHARACTERS) {
            throw new Refused("is too long (at most " + MOST_CHARACTERS + " characters)");
        }
        if (text.isBlank()) {
            return new GivenAnswer("", "");
        }
        String answer = text.strip();
        return switch (question.modType()) {
            case TEXT, TEXTAREA -> new GivenAnswer(text, text);
            case NUMBER -> same(answer, NUMBER.matcher(answer).matches(), "must be a number, e.g. 72 or 36.6");
            case DATE -> date(answer);
            case TIME -> time(answer);
            case PHONE -> same(answer, PHONE.matcher(answer).matches() && digits(answer) >= 7 && digits(answer) <= 15,
                    "must be a phone number (7 to 15 digits)");
            case EMAIL -> same(answer, isEmail(answer), "must be an email address");
            case RADIO, HORIZONTAL_RADIO, DROPDOWN -> same(answer, choices(question).contains(answer),
                    "must be one of the question's options");
            case CHECKBOX -> checked(question, answer);
            case MATRIX -> matrix(answer);
            case SIGNATURE -> signature(answer);
            case AGREE_TO_ABOVE -> agreement(answer);
            case LABEL, READ_ONLY -> throw new Refused("takes no answer (the question only shows text)");
        };
    }

    /** Whether the answer counts as given for a required question: agreeing means agreeing. */
    static boolean satisfies(GivenAnswer answer) {
        return !answer.blank();
    }

    private static GivenAnswer same(String answer, boolean fits, String refusal) throws Refused {
        if (!fits) {
            throw new Refused(refusal);
        }
        return new GivenAnswer(answer, answer);
    }

    private static GivenAnswer date(String answer) throws Refused {
        try {
            LocalDate date = LocalDate.parse(answer);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new Refused("must be a date from 1900-01-01 to 2099-12-31");
            }
            return new GivenAnswer(date.toString(), SPELLED_DATE.format(date));
        } catch (DateTimeParseException e) {
            throw new Refused("must be a date as yyyy-mm-dd, e.g. 2021-10-29");
        }
    }

    private static GivenAnswer time(String answer) throws Refused {
        LocalTime time;
        var twelveHour = TWELVE_HOUR.matcher(answer);
        try {
            if (twelveHour.matches()) {
                int hour = Integer.parseInt(twelveHour.group(1)) % 12
                        + (twelveHour.group(3).equalsIgnoreCase("pm") ? 12 : 0);
                time = LocalTime.of(hour, Integer.parseInt(twelveHour.group(2)));
            } else {
                time = LocalTime.parse(answer, TWENTY_FOUR_HOUR);
            }
        } catch (DateTimeParseException e) {
            throw new Refused("must be a time of day, e.g. 14:30 or 2:30 PM");
        }
        return new GivenAnswer(time.toString(), SPELLED_TIME.format(time));
    }

    private static int digits(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }

    private static boolean isEmail(String text) {
        int at = text.indexOf('@');
        return text.length() <= 254 && at > 0 && at == text.lastIndexOf('@') && at <= 64
                && text.indexOf('.', at) > at + 1 && !text.endsWith(".") && text.chars().noneMatch(
                        c -> Character.isWhitespace(c) || c == '<' || c == '>' || c == '"');
    }

    /** The question's choices: its options, one per line, blank lines left out. */
    static Set<String> choices(Question question) {
        Set<String> choices = new LinkedHashSet<>();
        if (question.options() != null) {
            question.options().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(choices::add);
        }
        return choices;
    }

    private static GivenAnswer checked(Question question, String answer) throws Refused {
        Set<String> options = choices(question);
        Set<String> checked = new LinkedHashSet<>();
        for (String line : answer.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            if (!options.contains(line)) {
                throw new Refused("must be some of the question's options, one per line");
            }
            if (!checked.add(line)) {
                throw new Refused("names an option twice");
            }
        }
        return new GivenAnswer(String.join("\n", checked), String.join(", ", checked));
    }

    private static GivenAnswer matrix(String answer) throws Refused {
        JsonValue grid = GridJson.read(answer).orElseThrow(() -> new Refused("must be JSON, an object or array "
                + "nested at most " + GridJson.MOST_DEPTH + " deep: the grid's rows and columns"));
        return new GivenAnswer(answer, readable(grid));
    }

    /** A grid as a line of text: rows by "; ", a row's cells by ", ", named rows as "name: cells". */
    private static String readable(JsonValue grid) {
        if (grid instanceof JsonObject object) {
            return object.entrySet().stream().map(row -> row.getKey() + ": " + cells(row.getValue()))
                    .collect(Collectors.joining("; "));
        }
        List<String> rows = new ArrayList<>();
        for (JsonValue row : (JsonArray) grid) {
            rows.add(cells(row));
        }
        return String.join("; ", rows);
    }

    private static String cells(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(AnswerRules::cells).collect(Collectors.joining(", "));
        }
        if (value instanceof JsonObject object) {
            return object.entrySet().stream().map(cell -> cell.getKey() + " " + cells(cell.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    private static GivenAnswer signature(String answer) throws Refused {
        String prefix = answer.startsWith(PNG) ? PNG : answer.startsWith(JPEG) ? JPEG : null;
        if (prefix == null) {
            throw new Refused("must be a signature image: a data URL data:image/png;base64,… or "
                    + "data:image/jpeg;base64,…");
        }
        byte[] image;
        try {
            image = Base64.getDecoder().decode(answer.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            throw new Refused("must be a signature image: the data URL's base64 is malformed");
        }
        boolean png = image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N'
                && image[3] == 'G';
        boolean jpeg = image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8;
        if (prefix.equals(PNG) ? !png : !jpeg) {
            throw new Refused("must be a signature image: the data is not the image its data URL names");
        }
        return new GivenAnswer(answer, "Signed");
    }

    private static GivenAnswer agreement(String answer) throws Refused {
        if (answer.equalsIgnoreCase("true")) {
            return new GivenAnswer("true", "Agreed");
        }
        if (answer.equalsIgnoreCase("false")) {
            return new GivenAnswer("", "");
        }
        throw new Refused("must be true (agreed) or false");
    }
}
