package org.caregate.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutreachRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Instant START = Instant.parse("2026-11-23T15:00:00Z");
    static final String EMAIL = "pat@example.org";
    static final String PHONE = "+12125550147";

    static List<String> codes(List<OutreachSchedule.Owed> owed) {
        return owed.stream().map(o -> o.purpose().code() + "/" + o.channel().code()).toList();
    }

    @Test
    void emailOnlyPatientsGetEverythingByEmail() {
        assertThat(codes(OutreachSchedule.booked(EMAIL, null, START, NOW)))
                .containsExactly("confirmation/email", "reminder_60/email", "reminder_15/email");
        assertThat(codes(OutreachSchedule.rescheduled(EMAIL, null, START, NOW)))
                .containsExactly("reschedule/email", "reminder_60/email", "reminder_15/email");
        assertThat(codes(OutreachSchedule.cancelled(EMAIL, null, NOW))).containsExactly("cancellation/email");
    }

    @Test
    void phoneOnlyPatientsGetEverythingBySms() {
        assertThat(codes(OutreachSchedule.booked(null, PHONE, START, NOW)))
                .containsExactly("confirmation/sms", "reminder_60/sms", "reminder_15/sms");
        assertThat(codes(OutreachSchedule.rescheduled(null, PHONE, START, NOW)))
                .containsExactly("reschedule/sms", "reminder_60/sms", "reminder_15/sms");
        assertThat(codes(OutreachSchedule.cancelled(null, PHONE, NOW))).containsExactly("cancellation/sms");
    }

    @Test
    void withBothTheSeedsThirdTableHolds() {
        assertThat(codes(OutreachSchedule.booked(EMAIL, PHONE, START, NOW))).containsExactly("confirmation/email",
                "reminder_60/email", "reminder_60/sms", "reminder_15/email", "reminder_15/sms");
        assertThat(codes(OutreachSchedule.rescheduled(EMAIL, PHONE, START, NOW))).containsExactly("reschedule/email",
                "reschedule/sms", "reminder_60/email", "reminder_60/sms", "reminder_15/email", "reminder_15/sms");
        assertThat(codes(OutreachSchedule.cancelled(EMAIL, PHONE, NOW))).containsExactly("cancellation/email");
    }

    @Test
    void remindersAreDueAnHourAndAQuarterBeforeAndOnlyWhileAhead() {
        List<OutreachSchedule.Owed> owed = OutreachSchedule.booked(EMAIL, null, START, NOW);
        assertThat(owed.get(1).dueAt()).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(owed.get(2).dueAt()).isEqualTo(Instant.parse("2026-11-23T14:45:00Z"));
        assertThat(codes(OutreachSchedule.booked(EMAIL, null, NOW.plusSeconds(30 * 60), NOW)))
                .containsExactly("confirmation/email", "reminder_15/email");
        assertThat(codes(OutreachSchedule.booked(null, null, START, NOW))).isEmpty();
    }

    @Test
    void phoneNumbersAreNormalisedToE164() {
        PhoneNumbers us = new PhoneNumbers("US");
        assertThat(us.e164("(212) 555-0147")).contains("+12125550147");
        assertThat(us.e164("+44 20 7946 0958")).contains("+442079460958");
        assertThat(us.e164("not a number")).isEmpty();
        assertThat(us.e164("12")).isEmpty();
        assertThat(new PhoneNumbers("DE").e164("030 901820")).contains("+4930901820");
    }

    @Test
    void invitationsKeepTheirUidAndCountChanges() {
        Invitation request = new Invitation("appointment-42@caregate", 0, false, START, START.plusSeconds(3600),
                "Video visit", "Join here", "https://care.example/visit/abc", "clinic@example.org", EMAIL, NOW);
        String ics = request.ics().replace("\r\n ", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("METHOD:REQUEST", "VERSION:2.0",
                "UID:appointment-42@caregate", "SEQUENCE:0", "DTSTART:20261123T150000Z", "DTEND:20261123T160000Z",
                "ORGANIZER:mailto:clinic@example.org", "ATTENDEE:mailto:" + EMAIL, "STATUS:CONFIRMED",
                "DTSTAMP:20261123T120000Z");
        assertThat(request.contentType()).endsWith("method=REQUEST");
        Invitation cancel = new Invitation("appointment-42@caregate", 2, true, START, START.plusSeconds(3600),
                "Video visit", "Cancelled", null, "clinic@example.org", EMAIL, NOW);
        assertThat(cancel.ics()).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2")
                .doesNotContain("LOCATION");
    }

    @Test
    void lettersNameTheTimeInThePatientsZone() {
        Letters.Visit visit = new Letters.Visit("Downtown PT", "Ada", START, "America/New_York", "https://x/visit/t");
        assertThat(Letters.email(Purpose.CONFIRMATION, visit))
                .contains("Monday, 23 November 2026 at 10:00 (America/New_York)").contains("https://x/visit/t");
        assertThat(Letters.sms(Purpose.REMINDER_15, visit)).isEqualTo(
                "Downtown PT: your video visit starts in fifteen minutes. Join: https://x/visit/t");
        assertThat(Letters.subject(Purpose.CANCELLATION, new Letters.Visit(null, null, START, "UTC", null)))
                .isEqualTo("Your video visit with your care team is cancelled");
    }

    @Test
    void anAddressWithCharactersUrisDoNotAllowStillMakesAnInvitation() {
        // issue 11 finding 11: x|y@example.com passes validation but made URI.create("mailto:...") throw
        Invitation request = new Invitation("appointment-42@caregate", 0, false, START, START.plusSeconds(3600),
                "Video visit", "Join here", null, "clinic@example.org", "x|y@example.com", NOW);
        assertThat(request.ics().replace("\r\n ", "")).contains("ATTENDEE:mailto:x%7Cy@example.com");
    }
}
