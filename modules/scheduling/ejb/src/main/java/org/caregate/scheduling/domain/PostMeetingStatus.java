package org.caregate.scheduling.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What became of an appointment once it took place, or did not. Only an appointment without one, or one that
 * occurred, still holds its time on the provider's calendar.
 */
public enum PostMeetingStatus {
    OCCURRED("Occurred"),
    NO_SHOW("No-Show"),
    RE_SCHEDULED("Re-Scheduled"),
    CANCELLED("Cancelled");

    private final String label;

    PostMeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PostMeetingStatus> labelled(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label == null ? "" : label.strip()))
                .findFirst();
    }
}
