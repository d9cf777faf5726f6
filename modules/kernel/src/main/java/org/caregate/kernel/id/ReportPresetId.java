package org.caregate.kernel.id;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of an encounter report's preset (Solo's presetId): a UUID. */
public record ReportPresetId(UUID value) {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public ReportPresetId {
        if (value == null) {
            throw new IllegalArgumentException("ReportPresetId must not be null");
        }
    }

    /**
     * The id in {@code raw}, a UUID in its canonical 8-4-4-4-12 form (either case); empty for anything else, which
     * names none.
     */
    public static Optional<ReportPresetId> read(String raw) {
        if (raw == null || !CANONICAL.matcher(raw.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ReportPresetId(UUID.fromString(raw.strip().toLowerCase(Locale.ROOT))));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
