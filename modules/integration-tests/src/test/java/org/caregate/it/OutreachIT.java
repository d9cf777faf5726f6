package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caregate.it.webhooks.WebhookReceiver;
import org.caregate.it.webhooks.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Patient outreach (seed 000's schedule) read where it arrives: email in the suite's SMTP server (GreenMail), SMS
 * at a local stand-in for Twilio's Messages API. Confirmation, reschedule and cancellation on exactly the channels
 * of the seed's three tables, iCalendar invitations with a stable UID and growing SEQUENCE, reminders that move
 * with the visit and never go out for a cancelled one.
 */
class OutreachIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SMS_PATH = "/2010-04-01/Accounts/ACcaregatetests/Messages.json";
    static final String CREATE = """
            mutation($input: CreatePartnerVideoRoomInput) { createPartnerVideoRoom(input: $input) { uid startTime status } }""";
    static final String RESCHEDULE = """
            mutation($input: ReschedulePartnerVideoRoomInput!) { reschedulePartnerVideoRoom(input: $input) { uid startTime } }""";
    static final String CANCEL = "mutation($uid: ID!) { cancelPartnerVideoRoom(uid: $uid) { uid status } }";

    static WebhookReceiver twilio;

    @BeforeAll
    static void startSmsGateway() {
        twilio = WebhookReceiver.start(TestServer.SMS_STAND_IN_PORT);
    }

    @AfterAll
    static void stopSmsGateway() {
        twilio.close();
    }

    static String room(String key, Instant start, String email, String phone) {
        var input = Json.createObjectBuilder().add("startTime", start.atZone(ZoneId.of("America/New_York"))
                        .toOffsetDateTime().toString()).add("timeZone", "America/New_York")
                .add("displayName", "Dr. Pat Therapist").add("partnerClinicName", "Downtown PT");
        if (email != null) {
            input.add("partnerPatientEmail", email);
        }
        if (phone != null) {
            input.add("partnerPatientPhoneNumber", phone);
        }
        return data(key, CREATE, vars("input", input.build())).getJsonObject("createPartnerVideoRoom").getString("uid");
    }

    static void reschedule(String key, String uid, Instant start) {
        data(key, RESCHEDULE, vars("input", Json.createObjectBuilder().add("uid", uid)
                .add("startTime", start.atZone(ZoneId.of("America/New_York")).toOffsetDateTime().toString()).build()));
    }

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(TestServer.get().mail().getReceivedMessagesForDomain(address)).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<MimeMessage> awaitMail(String address, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (mailTo(address).size() < count && System.nanoTime() < deadline) {
            WebhooksIT.sleep(200);
        }
        assertThat(mailTo(address)).as("mail to " + address).hasSize(count);
        return mailTo(address);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The invitation attached to an email, unfolded. */
    static String ics(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
                }
            }
        }
        throw new AssertionError("no text/calendar part in " + subject(message));
    }

    static Map<String, String> form(Received sms) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : sms.body().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    static List<Received> smsTo(String e164) {
        return twilio.at(SMS_PATH).stream().filter(r -> e164.equals(form(r).get("To"))).toList();
    }

    static String utc(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC")).format(instant);
    }

    /** A US number no other test uses, as a patient would type it, and its E.164 form. */
    static String[] phone() {
        String line = String.format("%04d", (int) (Math.random() * 10000));
        return new String[] {"(212) 555-" + line, "+1212555" + line};
    }

    @Test
    void emailAndPhoneFollowTheSeedsTableWithOneInvitationThatIsUpdatedThenCancelled() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String email = "both." + Api.unique() + "@patients.example";
        String[] phone = phone();
        Instant start = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        String uid = room(clinic.key, start, email, phone[0]);

        MimeMessage confirmation = awaitMail(email, 1).get(0);
        assertThat(subject(confirmation)).isEqualTo("Your video visit with Downtown PT is booked");
        String invite = ics(confirmation);
        assertThat(invite).contains("METHOD:REQUEST", "UID:partner_video_room-" + uid + "@caregate", "SEQUENCE:0",
                "DTSTART:" + utc(start), "DTEND:" + utc(start.plus(60, ChronoUnit.MINUTES)), "STATUS:CONFIRMED",
                "ATTENDEE:mailto:" + email);
        assertThat(confirmation.getContent().toString()).doesNotContain("null");
        WebhooksIT.sleep(1500);
        assertThat(smsTo(phone[1])).as("with an email, the confirmation is email only").isEmpty();

        Instant later = start.plus(1, ChronoUnit.HOURS);
        reschedule(clinic.key, uid, later);
        List<MimeMessage> mail = awaitMail(email, 2);
        MimeMessage moved = mail.stream().filter(m -> subject(m).contains("has moved")).findFirst().orElseThrow();
        assertThat(ics(moved)).contains("METHOD:REQUEST", "UID:partner_video_room-" + uid + "@caregate", "SEQUENCE:1",
                "DTSTART:" + utc(later));
        Received sms = twilio.await(SMS_PATH, r -> phone[1].equals(form(r).get("To")), 1, WAIT).get(0);
        assertThat(form(sms).get("From")).isEqualTo("+15005550006");
        assertThat(form(sms).get("Body")).startsWith("Downtown PT: your video visit has moved to");
        assertThat(sms.header("authorization")).isEqualTo("Basic " + java.util.Base64.getEncoder()
                .encodeToString("ACcaregatetests:test-auth-token".getBytes(StandardCharsets.UTF_8)));

        data(clinic.key, CANCEL, vars("uid", uid));
        MimeMessage cancelled = awaitMail(email, 3).stream().filter(m -> subject(m).contains("cancelled")).findFirst()
                .orElseThrow();
        assertThat(ics(cancelled)).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2",
                "UID:partner_video_room-" + uid + "@caregate");
        WebhooksIT.sleep(1500);
        assertThat(smsTo(phone[1])).as("cancellation is email only when both are known").hasSize(1);
    }

    @Test
    void aPhoneOnlyPatientGetsEverythingBySms() {
        Clinic clinic = Clinic.open("UTC");
        String[] phone = phone();
        String uid = room(clinic.key, Instant.now().plus(5, ChronoUnit.HOURS), null, phone[0]);
        Received confirmation = twilio.await(SMS_PATH, r -> phone[1].equals(form(r).get("To")), 1, WAIT).get(0);
        assertThat(form(confirmation).get("Body")).startsWith("Downtown PT: your video visit is booked for").contains("Join: http");
        data(clinic.key, CANCEL, vars("uid", uid));
        List<Received> both = twilio.await(SMS_PATH, r -> phone[1].equals(form(r).get("To")), 2, WAIT);
        assertThat(form(both.get(1)).get("Body")).contains("is cancelled");
    }

    @Test
    void remindersGoOutOnceOnTimeMoveWithTheVisitAndNeverForACancelledOne() throws Exception {
        Clinic clinic = Clinic.open("UTC");
        String onTime = "reminded." + Api.unique() + "@patients.example";
        String movedAddress = "moved." + Api.unique() + "@patients.example";
        String cancelledAddress = "cancelled." + Api.unique() + "@patients.example";
        Instant now = Instant.now();
        room(clinic.key, now.plus(15, ChronoUnit.MINUTES).plusSeconds(6), onTime, null);
        String moved = room(clinic.key, now.plus(15, ChronoUnit.MINUTES).plusSeconds(5), movedAddress, null);
        reschedule(clinic.key, moved, now.plus(15, ChronoUnit.MINUTES).plusSeconds(14));
        String cancelled = room(clinic.key, now.plus(15, ChronoUnit.MINUTES).plusSeconds(5), cancelledAddress, null);
        data(clinic.key, CANCEL, vars("uid", cancelled));

        List<MimeMessage> reminded = awaitMail(onTime, 2);
        assertThat(reminded).extracting(OutreachIT::subject).containsExactly(
                "Your video visit with Downtown PT is booked", "Reminder: your video visit starts in fifteen minutes");
        assertThat(Duration.between(now, Instant.now())).as("not before it was due").isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        List<MimeMessage> movedMail = awaitMail(movedAddress, 3);
        assertThat(movedMail).extracting(OutreachIT::subject).containsExactlyInAnyOrder(
                "Your video visit with Downtown PT is booked", "Your video visit with Downtown PT has moved",
                "Reminder: your video visit starts in fifteen minutes");
        assertThat(subject(movedMail.get(2))).startsWith("Reminder");
        assertThat(Duration.between(now, Instant.now())).as("the reminder followed the move")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(13));
        WebhooksIT.sleep(3000);
        assertThat(mailTo(movedAddress)).as("the first reminder was withdrawn").hasSize(3);
        // the booking's confirmation goes out only if it was sent before the cancellation was seen
        assertThat(mailTo(cancelledAddress)).extracting(OutreachIT::subject)
                .containsOnlyOnce("Your video visit with Downtown PT is cancelled")
                .doesNotContain("Reminder: your video visit starts in fifteen minutes")
                .isSubsetOf("Your video visit with Downtown PT is booked", "Your video visit with Downtown PT is cancelled");
        assertThat(mailTo(onTime)).hasSize(2);
    }

    @Test
    void anAppointmentsPatientIsToldTooAndABadPhoneNumberIsNotTexted() throws Exception {
        Clinic clinic = Clinic.open("America/New_York");
        String email = "appt." + Api.unique() + "@patients.example";
        String patient = Fixtures.createClient(clinic.key, "Appt", "Patient", email);
        data(clinic.key, "mutation($id: ID) { updateClient(input: {id: $id, phone_number: \"not a number\"}) { user { id } } }",
                vars("id", patient));
        String type = clinic.appointmentType("Follow-up " + Api.unique(), 30);
        String date = java.time.LocalDate.now().plusDays(2) + " 10:00:00";
        String appointment = data(clinic.key, """
                mutation($u: String, $t: String, $d: String) { createAppointment(input: {user_id: $u, appointment_type_id: $t,
                  contact_type: "Phone Call", datetime: $d}) { appointment { id } } }""",
                vars("u", patient, "t", type, "d", date)).getJsonObject("createAppointment").getJsonObject("appointment")
                .getString("id");
        MimeMessage confirmation = awaitMail(email, 1).get(0);
        assertThat(ics(confirmation)).contains("UID:appointment-" + appointment + "@caregate", "SEQUENCE:0");
        assertThat(confirmation.getContent().toString()).isNotNull();
        data(clinic.key, "mutation($id: ID) { deleteAppointment(input: {id: $id}) { appointment { id } } }", vars("id", appointment));
        assertThat(ics(awaitMail(email, 2).get(1))).contains("METHOD:CANCEL", "SEQUENCE:1");
    }
}
