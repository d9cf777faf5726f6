package org.caregate.web.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.AppointmentSettingId;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.AvailabilityId;
import org.caregate.kernel.id.UserGroupId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.AppointmentChanges;
import org.caregate.scheduling.api.AppointmentSettingChanges;
import org.caregate.scheduling.api.AppointmentTypeChanges;
import org.caregate.scheduling.api.AvailabilityChanges;
import org.caregate.scheduling.api.CheckoutRequest;
import org.caregate.scheduling.api.NewAppointment;
import org.caregate.scheduling.api.StartTime;
import org.caregate.scheduling.api.WaitingRoomChanges;
import org.caregate.web.graphql.Cursors;
import org.junit.jupiter.api.Test;

class HealthieInputsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void readsABookingIntoSchedulingsTypes() {
        AppointmentGraphQlApi.CreateAppointmentInput input = new AppointmentGraphQlApi.CreateAppointmentInput();
        input.userId = " 12 ";
        input.appointmentTypeId = "7";
        input.otherPartyId = "3";
        input.attendeeIds = "21, 22,,21 , 23";
        input.providers = "4";
        input.timezone = "America/New_York";
        input.datetime = "2026-12-07 10:00:00";
        input.contactType = "Phone Call";
        NewAppointment booking = input.appointment();
        assertThat(booking.patientId()).isEqualTo(new UserId(12));
        assertThat(booking.appointmentTypeId()).isEqualTo(new AppointmentTypeId(7));
        assertThat(booking.providerId()).isEqualTo(new UserId(3));
        assertThat(booking.attendeeIds()).containsExactly(new UserId(21), new UserId(22), new UserId(23));
        assertThat(booking.additionalProviderIds()).containsExactly(new UserId(4));
        assertThat(booking.timezone()).isEqualTo(NEW_YORK);
        assertThat(booking.start()).isEqualTo(StartTime.local(LocalDateTime.of(2026, 12, 7, 10, 0)));
        assertThat(booking.start().in(NEW_YORK)).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
        assertThat(booking.reading().problems()).isEmpty();
        assertThat(booking.reading().sent("user_id")).isTrue();
        assertThat(booking.reading().sent("date")).isFalse();
    }

    @Test
    void aStartWithAnOffsetIsAPointInTimeAndADateTakesItsTimeOfDay() {
        assertThat(HealthieTimes.start("2026-12-07T10:00:00-05:00")).contains(StartTime.at(
                Instant.parse("2026-12-07T15:00:00Z")));
        assertThat(HealthieTimes.start("2026-12-07 10:00:00 EST -05:00")).contains(StartTime.at(
                Instant.parse("2026-12-07T15:00:00Z")));
        assertThat(HealthieTimes.start("2026-12-07 10:00 UTC")).contains(StartTime.at(
                Instant.parse("2026-12-07T10:00:00Z")));
        assertThat(HealthieTimes.start("2026-12-07 9:30")).contains(StartTime.local(
                LocalDateTime.of(2026, 12, 7, 9, 30)));
        assertThat(HealthieTimes.start("tomorrow")).isEmpty();
        assertThat(HealthieTimes.timeOfDay("24 00")).contains(LocalTime.of(23, 59, 59));

        HealthieInputs read = new HealthieInputs();
        assertThat(read.start("datetime", null, "July 11, 2024", "12 00"))
                .isEqualTo(StartTime.local(LocalDateTime.of(2024, 7, 11, 12, 0)));
        assertThat(read.reading().problems()).isEmpty();
    }

    @Test
    void notesEveryProblemOnItsFieldWithTheTextsClientsKnowWithoutRefusing() {
        AppointmentGraphQlApi.CreateAppointmentInput input = new AppointmentGraphQlApi.CreateAppointmentInput();
        input.userId = "";
        input.appointmentTypeId = "x";
        input.otherPartyId = "0";
        input.attendeeIds = "5, y";
        input.timezone = "Mars/Olympus";
        input.date = "someday";
        input.time = "25 00";
        NewAppointment booking = input.appointment();
        assertThat(booking.patientId()).isNull();
        assertThat(booking.appointmentTypeId()).isNull();
        assertThat(booking.providerId()).isNull();
        assertThat(booking.attendeeIds()).as("an unreadable entry keeps its place").containsExactly(new UserId(5), null);
        assertThat(booking.timezone()).isNull();
        assertThat(booking.start()).isNull();
        Reading reading = booking.reading();
        assertThat(reading.sent("user_id")).as("sent blank").isTrue();
        assertThat(reading.sent("providers")).isFalse();
        assertThat(reading.problems()).containsExactly(
                new FieldMessage("appointment_type_id", "is not a valid id"),
                new FieldMessage("other_party_id", "is not a valid id"),
                new FieldMessage("attendee_ids", "is not a valid id"),
                new FieldMessage("timezone", "is not a known time zone (use an IANA name such as America/New_York)"),
                new FieldMessage("date", "must be a date such as \"May 23, 2024\" or a date and time"),
                new FieldMessage("time", "must be a time as \"HH MM\" in 24-hour form"));

        HealthieInputs read = new HealthieInputs();
        read.start("datetime", null, " ", null);
        read.start("datetime", "10 o'clock", null, null);
        assertThat(read.reading().problems()).containsExactly(
                new FieldMessage("datetime", "can't be blank"),
                new FieldMessage("datetime", "must be a date and time such as \"2021-10-10 10:00:00\" or ISO 8601"));
    }

    @Test
    void anUpdateReadsAStartOnlyWhenTheClientSendsOne() {
        AppointmentGraphQlApi.UpdateAppointmentInput input = new AppointmentGraphQlApi.UpdateAppointmentInput();
        input.id = "5";
        input.pmStatus = "Occurred";
        input.time = "25 00";
        input.otherPartyId = "x";
        AppointmentChanges changes = input.changes();
        assertThat(changes.id()).isEqualTo(new AppointmentId(5));
        assertThat(changes.start()).isNull();
        assertThat(changes.reading().sent("time")).isFalse();
        assertThat(changes.reading().problems())
                .containsExactly(new FieldMessage("other_party_id", "is not a valid id"));

        input.date = "December 7, 2026";
        assertThat(input.changes().reading().problems()).containsExactly(
                new FieldMessage("time", "must be a time as \"HH MM\" in 24-hour form"),
                new FieldMessage("other_party_id", "is not a valid id"));

        input.id = " ";
        assertThatThrownBy(input::changes).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(new FieldMessage("id", "can't be blank")));
    }

    @Test
    void aCheckoutReadsItsSlotFromDate() {
        AppointmentGraphQlApi.CompleteCheckoutInput input = new AppointmentGraphQlApi.CompleteCheckoutInput();
        input.providerId = "3";
        input.date = "2026-12-07 09:30:00 EST -05:00";
        CheckoutRequest checkout = input.checkout();
        assertThat(checkout.providerId()).isEqualTo(new UserId(3));
        assertThat(checkout.start()).isEqualTo(StartTime.at(Instant.parse("2026-12-07T14:30:00Z")));
        assertThat(checkout.reading().sent("appointment_type_id")).isFalse();

        input.date = "whenever";
        assertThat(input.checkout().reading().problems()).containsExactly(
                new FieldMessage("date", "must be a date and time such as \"2021-10-10 10:00:00\" or ISO 8601"));
        input.date = null;
        assertThat(input.checkout().reading().problems()).containsExactly(new FieldMessage("date", "can't be blank"));
    }

    @Test
    void readsOpenHoursAndNotesEachFieldItCannotRead() {
        AvailabilityGraphQlApi.EditAvailabilityInput input = new AvailabilityGraphQlApi.EditAvailabilityInput();
        input.rangeStart = "Aug 16, 2027";
        input.time = "07 30";
        input.endTime = "24 00";
        input.timezone = "Europe/Berlin";
        AvailabilityChanges hours = input.changes(new AvailabilityId(4));
        assertThat(hours.id()).isEqualTo(new AvailabilityId(4));
        assertThat(hours.rangeStart()).isEqualTo(LocalDate.of(2027, 8, 16));
        assertThat(hours.start()).isEqualTo(LocalTime.of(7, 30));
        assertThat(hours.end()).isEqualTo(LocalTime.of(23, 59, 59));
        assertThat(hours.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(hours.reading().sent("user_id")).isFalse();
        assertThat(hours.reading().problems()).isEmpty();

        input.userId = " ";
        input.rangeStart = "16.08.2027";
        input.time = "7h30";
        input.endTime = null;
        input.timezone = "Atlantis/Capital";
        AvailabilityChanges unread = input.changes(null);
        assertThat(unread.providerId()).isNull();
        assertThat(unread.reading().sent("user_id")).isTrue();
        assertThat(unread.reading().problems()).containsExactly(
                new FieldMessage("range_start", "must be a date such as \"August 16, 2022\" or \"2022-08-16\""),
                new FieldMessage("time", "must be a time as \"HH MM\" in 24-hour form, e.g. \"07 30\""),
                new FieldMessage("end_time", "can't be blank"),
                new FieldMessage("timezone", "is not a known time zone (use an IANA name such as America/New_York)"));
    }

    @Test
    void aListOfIdsKeepsEachUnreadableEntryInItsPlace() {
        HealthieInputs read = new HealthieInputs();
        List<UserId> ids = read.userIdList("provider_ids", Arrays.asList("5", " ", "x", null, " 5 ", "0"));
        assertThat(ids).containsExactly(new UserId(5), null, new UserId(5), null);
        assertThat(read.reading().sent("provider_ids")).isTrue();
        assertThat(read.reading().problems()).containsExactly(new FieldMessage("provider_ids", "is not a valid id"),
                new FieldMessage("provider_ids", "is not a valid id"));

        HealthieInputs empty = new HealthieInputs();
        assertThat(empty.userIdList("provider_ids", List.of())).isEmpty();
        assertThat(empty.userIdList("other_ids", null)).isNull();
        assertThat(empty.reading().sent("provider_ids")).isFalse();
        assertThat(empty.reading().sent("other_ids")).isFalse();

        HealthieInputs blank = new HealthieInputs();
        assertThat(blank.userIdList("provider_ids", List.of(""))).isEmpty();
        assertThat(blank.reading().sent("provider_ids")).isTrue();
    }

    @Test
    void readsTheDaysOfASlotSearch() {
        HealthieInputs read = new HealthieInputs();
        assertThat(read.dayOfMonth("date_from_month", "2026-12-25")).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(read.dayOfMonth("date_from_month", " ")).isNull();
        assertThat(read.dayOfMonth("month", null)).isNull();
        assertThat(read.requiredDate("start_date", "")).isNull();
        assertThat(read.requiredDate("end_date", "December 31, 2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(read.date("start_date_boundary", " ")).isNull();
        assertThat(read.date("end_date_boundary", "31/12/2026")).isNull();
        assertThat(read.reading().sent("start_date_boundary")).isTrue();
        assertThat(read.reading().sent("start_date")).isTrue();
        assertThat(read.reading().problems()).containsExactly(
                new FieldMessage("date_from_month", "must be a date (YYYY-MM-DD)"),
                new FieldMessage("month", "can't be blank"),
                new FieldMessage("start_date", "can't be blank"),
                new FieldMessage("end_date_boundary",
                        "must be a date such as \"August 16, 2022\" or \"2022-08-16\""));
    }

    @Test
    void readsAnAppointmentTypesIdsAndNotesABlankGroupAsSent() {
        AppointmentTypeGraphQlApi.UpdateAppointmentTypeInput input =
                new AppointmentTypeGraphQlApi.UpdateAppointmentTypeInput();
        input.userGroupId = " ";
        AppointmentTypeChanges changes = input.changes("x");
        assertThat(changes.id()).isNull();
        assertThat(changes.userGroupId()).isNull();
        assertThat(changes.reading().sent("user_group_id")).isTrue();
        assertThat(changes.reading().problems()).containsExactly(new FieldMessage("id", "is not a valid id"));

        input.userGroupId = "3";
        assertThat(input.changes(" 7 ").id()).isEqualTo(new AppointmentTypeId(7));
        assertThat(input.changes(null).userGroupId()).isEqualTo(new UserGroupId(3));
        assertThat(input.changes(null).reading().sent("id")).isFalse();
    }

    @Test
    void readsTheProviderOfBookingRules() {
        AppointmentSettingInput.Create input = new AppointmentSettingInput.Create();
        input.buffer = "15";
        assertThat(input.changes(null, "4").providerId()).isEqualTo(new UserId(4));
        AppointmentSettingChanges unread = input.changes(new AppointmentSettingId(2), "four");
        assertThat(unread.id()).isEqualTo(new AppointmentSettingId(2));
        assertThat(unread.providerId()).isNull();
        assertThat(unread.buffer()).isEqualTo("15");
        assertThat(unread.reading().problems()).containsExactly(new FieldMessage("provider_id", "is not a valid id"));
    }

    @Test
    void refusesTheIdsItReadsTogetherInOrder() {
        HealthieInputs read = new HealthieInputs();
        read.appointmentSettingId("id", "x");
        read.userId("provider_id", "0");
        assertThatThrownBy(read::check).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(new FieldMessage("id", "is not a valid id"),
                        new FieldMessage("provider_id", "is not a valid id")));
    }

    @Test
    void readsTheAppointmentAfterACursor() {
        HealthieInputs read = new HealthieInputs();
        assertThat(read.appointmentId("after", Cursors.decode("eyJrIjpbIjMiXX0="))).isEqualTo(new AppointmentId(3));
        assertThat(read.appointmentId("after", Cursors.decode("not a cursor"))).isNull();
        assertThat(read.reading().problems()).containsExactly(new FieldMessage("after", "is not a valid id"));
    }

    @Test
    void aWaitingRoomsProvidersAreLeftAsTheyAreUnlessSent() {
        WaitingRoomGraphQlApi.UpdateWaitingRoomInput input = new WaitingRoomGraphQlApi.UpdateWaitingRoomInput();
        assertThat(input.changes(null).providerIds()).isNull();
        input.providerIds = List.of();
        assertThat(input.changes(null).providerIds()).isEmpty();
        input.providerIds = List.of("4", "four");
        WaitingRoomChanges changes = input.changes(null);
        assertThat(changes.providerIds()).containsExactly(new UserId(4), null);
        assertThat(changes.reading().problems()).containsExactly(new FieldMessage("provider_ids", "is not a valid id"));
    }
}
