package org.caregate.outreach.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the patient reads: an email subject and text, or an SMS (kept short). The visit's time is written in the
 * patient's zone, with the zone named.
 */
public final class Letters {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** The visit as letters speak of it. */
    public record Visit(String clinic, String patientName, Instant startsAt, String zone, String joinUrl) {
        String when() {
            ZoneId id = ZoneId.of(zone);
            return WHEN.format(startsAt.atZone(id)) + " (" + id.getId() + ")";
        }

        String from() {
            return clinic == null || clinic.isBlank() ? "your care team" : clinic;
        }
    }

    private Letters() {
    }

    public static String subject(Purpose purpose, Visit visit) {
        return switch (purpose) {
            case CONFIRMATION -> "Your video visit with " + visit.from() + " is booked";
            case RESCHEDULE -> "Your video visit with " + visit.from() + " has moved";
            case CANCELLATION -> "Your video visit with " + visit.from() + " is cancelled";
            case REMINDER_60 -> "Reminder: your video visit starts in one hour";
            case REMINDER_15 -> "Reminder: your video visit starts in fifteen minutes";
        };
    }

    public static String email(Purpose purpose, Visit visit) {
        String greeting = "Hello" + (visit.patientName() == null || visit.patientName().isBlank() ? "" : " " + visit.patientName()) + ",\n\n";
        String join = visit.joinUrl() == null ? "" : "\n\nJoin from this link (it opens five minutes before the start):\n"
                + visit.joinUrl();
        String body = switch (purpose) {
            case CONFIRMATION -> "your video visit with " + visit.from() + " is booked for " + visit.when() + "."
                    + " The attached invitation adds it to your calendar." + join;
            case RESCHEDULE -> "your video visit with " + visit.from() + " has moved to " + visit.when() + "."
                    + " The attached invitation updates your calendar." + join;
            case CANCELLATION -> "your video visit with " + visit.from() + " on " + visit.when()
                    + " is cancelled. The attached notice removes it from your calendar.";
            case REMINDER_60, REMINDER_15 -> "a reminder: your video visit with " + visit.from() + " starts "
                    + visit.when() + "." + join;
        };
        return greeting + body + "\n\n" + visit.from() + "\n";
    }

    public static String sms(Purpose purpose, Visit visit) {
        String join = visit.joinUrl() == null ? "" : " Join: " + visit.joinUrl();
        return switch (purpose) {
            case CONFIRMATION -> visit.from() + ": your video visit is booked for " + visit.when() + "." + join;
            case RESCHEDULE -> visit.from() + ": your video visit has moved to " + visit.when() + "." + join;
            case CANCELLATION -> visit.from() + ": your video visit on " + visit.when() + " is cancelled.";
            case REMINDER_60 -> visit.from() + ": your video visit starts in one hour." + join;
            case REMINDER_15 -> visit.from() + ": your video visit starts in fifteen minutes." + join;
        };
    }
}
