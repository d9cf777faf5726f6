package org.caregate.kernel.id;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of an encounter report (Solo's reportId): a UUID. */
public record ReportId(UUID value) {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public ReportId {
        if (value == null) {
            throw new IllegalArgumentException("ReportId must not be null");
        }
    }

    /**
     * The id in {@code raw}, a UUID in its canonical 8-4-4-4-12 form (either case); empty for anything else, which
     * names none.
     */
    public static Optional<ReportId> read(String raw) {
        if (raw == null || !CANONICAL.matcher(raw.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ReportId(UUID.fromString(raw.strip().toLowerCase(Locale.ROOT))));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
