package org.caregate.outreach.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 000's three tables, exactly: which messages a change of a visit owes the patient, on which channels.
 *
 * <table>
 *   <tr><th></th><th>email only</th><th>phone only</th><th>email and phone</th></tr>
 *   <tr><td>initial confirmation</td><td>email + iCal</td><td>SMS</td><td>email + iCal</td></tr>
 *   <tr><td>reschedule</td><td>email + iCal</td><td>SMS</td><td>email + iCal, and SMS</td></tr>
 *   <tr><td>cancellation</td><td>email</td><td>SMS</td><td>email</td></tr>
 *   <tr><td>one-hour and fifteen-minute reminders</td><td>email</td><td>SMS</td><td>email and SMS</td></tr>
 * </table>
 *
 * Reminders are planned only while still ahead; nothing is owed to a patient with neither email nor phone.
 */
public final class OutreachSchedule {

    /** One message owed: why, how, to whom, when. */
    public record Owed(Purpose purpose, Channel channel, String recipient, Instant dueAt) {
    }

    private OutreachSchedule() {
    }

    /** On booking: the confirmation and the reminders. */
    public static List<Owed> booked(String email, String phone, Instant startsAt, Instant now) {
        List<Owed> owed = new ArrayList<>();
        onePreferringEmail(owed, Purpose.CONFIRMATION, email, phone, now);
        reminders(owed, email, phone, startsAt, now);
        return owed;
    }

    /** On a move: the reschedule notice (email and SMS when both are known) and the reminders for the new time. */
    public static List<Owed> rescheduled(String email, String phone, Instant startsAt, Instant now) {
        List<Owed> owed = new ArrayList<>();
        if (email != null) {
            owed.add(new Owed(Purpose.RESCHEDULE, Channel.EMAIL, email, now));
        }
        if (phone != null) {
            owed.add(new Owed(Purpose.RESCHEDULE, Channel.SMS, phone, now));
        }
        reminders(owed, email, phone, startsAt, now);
        return owed;
    }

    /** On cancellation: one notice, by email when known. */
    public static List<Owed> cancelled(String email, String phone, Instant now) {
        List<Owed> owed = new ArrayList<>();
        onePreferringEmail(owed, Purpose.CANCELLATION, email, phone, now);
        return owed;
    }

    private static void onePreferringEmail(List<Owed> owed, Purpose purpose, String email, String phone, Instant now) {
        if (email != null) {
            owed.add(new Owed(purpose, Channel.EMAIL, email, now));
        } else if (phone != null) {
            owed.add(new Owed(purpose, Channel.SMS, phone, now));
        }
    }

    private static void reminders(List<Owed> owed, String email, String phone, Instant startsAt, Instant now) {
        for (Purpose reminder : List.of(Purpose.REMINDER_60, Purpose.REMINDER_15)) {
            Instant due = startsAt.minus(reminder.lead());
            if (due.isBefore(now)) {
                continue;
            }
            if (email != null) {
                owed.add(new Owed(reminder, Channel.EMAIL, email, due));
            }
            if (phone != null) {
                owed.add(new Owed(reminder, Channel.SMS, phone, due));
            }
        }
    }
}
