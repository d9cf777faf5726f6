package org.caregate.reports.application;

/**
 * Cells safe to open in a spreadsheet: a value a spreadsheet would read as a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return — OWASP's "CSV injection" list) is written with a
 * leading apostrophe, so it shows as text and never runs. CSV quoting itself is Commons CSV's job.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The value as a cell: empty for none, neutralised when it could be read as a formula. */
    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
