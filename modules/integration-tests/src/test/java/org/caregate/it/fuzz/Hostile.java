package org.caregate.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/**
 * The hostile values the corpus is made of, by the type they are aimed at: numbers past every bound, impossible
 * and extreme dates, huge and control-character strings, ids that are not ids, huge lists — and, now and then, a
 * value of another type altogether.
 */
public final class Hostile {

    /** 5,000 digits: parsing it costs, storing it overflows every column. */
    static final String THOUSANDS_OF_DIGITS = "9".repeat(5_000);
    /** 100 KB of text. */
    static final String HUGE_TEXT = "x".repeat(100_000);

    static final List<String> NUMBERS = List.of("2147483648", "-2147483649", "4294967297", "-2147483648", "2147483647",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551617", "1e309",
            "-1e309", "1e-400", "1.5", "-1", "0", "99999999999999999999", THOUSANDS_OF_DIGITS, "-" + THOUSANDS_OF_DIGITS);

    static final List<String> DATES = List.of("+999999999-12-31", "-5000-01-01", "2021-02-30", "2021-13-01",
            "0000-00-00", "9999-12-31T23:59:59Z", "2999-01-01", "1970-01-01", "1900-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59.999999999Z", "2021-02-29 25:61:61", "February 30, 2021", "2021-10-10T10:00:00+25:00",
            "2021-10-10 10:00:00 EDT -04:00", "yesterday", "-1", "99999999999", "1e309");

    static final List<String> TEXTS = List.of("nul\u0000byte", "\u0000", "del\u007fchar", "bell\u0007 escape\u001b[2J",
            "line\r\nbreak", "\ud800 lone surrogate", "\uffff\ufffe", "emoji 👩‍⚕️ and RTL \u202e", "", " ", "null",
            "%00", "../../etc/passwd", "<script>alert(1)</script>", "' OR '1'='1", "{\"a\": 1}", "Mars/Phobos",
            "America/New_York\u0000", "a".repeat(256), "a".repeat(5_000), HUGE_TEXT);

    static final List<String> IDS = List.of("99999999999999999999", "-1", "0", "abc", "1e3", "0x10", " 7 ", "%00",
            "1\u0000", THOUSANDS_OF_DIGITS, "9223372036854775807", "-9223372036854775808", "2147483648", "",
            "00000000-0000-0000-0000-000000000000", "../1");

    private final Random random;

    Hostile(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A JSON number token (digits, exponent) from {@link #NUMBERS}; kept as text so no precision is lost. */
    JsonValue number() {
        String text = pick(NUMBERS);
        return text.contains("e") || text.contains(".") ? Json.createValue(new BigDecimal(text))
                : Json.createValue(new BigInteger(text));
    }

    JsonValue text() {
        return Json.createValue(chance(30) ? pick(DATES) : pick(TEXTS));
    }

    JsonValue date() {
        return Json.createValue(pick(DATES));
    }

    JsonValue id() {
        return Json.createValue(pick(IDS));
    }

    /** A value of no particular type: any of the above, a boolean, null, an object or an array. */
    JsonValue anything() {
        return switch (random.nextInt(7)) {
            case 0 -> number();
            case 1 -> text();
            case 2 -> id();
            case 3 -> JsonValue.TRUE;
            case 4 -> JsonValue.NULL;
            case 5 -> Json.createObjectBuilder().add("nested", text()).build();
            default -> Json.createArrayBuilder().add(number()).add(text()).build();
        };
    }

    /** A short hostile entry for huge lists (huge entries in huge lists would only fill the suite's own heap). */
    JsonValue smallEntry() {
        return switch (random.nextInt(5)) {
            case 0 -> Json.createValue(new BigInteger("2147483648"));
            case 1 -> Json.createValue("1\u0000");
            case 2 -> Json.createValue("99999999999999999999");
            case 3 -> Json.createValue(-1);
            default -> Json.createValue("x");
        };
    }

    /** A list of {@code size} copies of one hostile entry. */
    JsonValue hugeList(JsonValue entry, int size) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < size; i++) {
            list.add(entry);
        }
        return list.build();
    }

    /** Objects (or arrays) nested {@code depth} deep, as JSON text. */
    public static String deeplyNested(int depth, boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }
}
