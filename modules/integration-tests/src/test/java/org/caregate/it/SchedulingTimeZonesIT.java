package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Booking and listing across the next spring and autumn daylight-saving changes of New York and Berlin, with the
 * provider in one zone and the patient in the other. The transitions are found from today, so the test never
 * goes stale.
 */
class SchedulingTimeZonesIT {

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz xxx", Locale.US);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.US);

    @ParameterizedTest(name = "provider in {0}, patient in {1}, {2} change")
    @CsvSource({
            "America/New_York, Europe/Berlin, spring",
            "America/New_York, Europe/Berlin, autumn",
            "Europe/Berlin, America/New_York, spring",
            "Europe/Berlin, America/New_York, autumn"})
    void weeklyHoursStayAtTheProvidersWallClockAndThePatientSeesTheSameInstantsInTheirOwnZone(
            String providerZoneName, String patientZoneName, String season) {
        ZoneId providerZone = ZoneId.of(providerZoneName);
        ZoneId patientZone = ZoneId.of(patientZoneName);
        LocalDate changeDay = nextChange(providerZone, season.equals("spring"));
        LocalDate weekBefore = changeDay.minusWeeks(1);
        LocalDate weekAfter = changeDay.plusWeeks(1);

        Clinic clinic = Clinic.open(providerZoneName);
        String type = clinic.appointmentType("Session", 60);
        clinic.weekly(clinic.providerId, changeDay.getDayOfWeek().getValue() % 7, weekBefore, "09 00", "10 00");
        Instant before = weekBefore.atTime(9, 0).atZone(providerZone).toInstant();
        Instant after = weekAfter.atTime(9, 0).atZone(providerZone).toInstant();
        assertThat(java.time.Duration.between(before, after).toHours()).isEqualTo(season.equals("spring") ? 335 : 337);

        // in the provider's zone: 09:00 on both sides of the change, with the offset changing
        assertThat(clinic.slots(type, weekBefore, weekAfter, providerZoneName)).containsExactly(
                SLOT.format(before.atZone(providerZone)),
                SLOT.format(changeDay.atTime(9, 0).atZone(providerZone)),
                SLOT.format(after.atZone(providerZone)));

        // the patient asks without a time zone: their own zone is used, and the instants are the same
        Clinic.Patient patient = clinic.signedInPatient(patientZoneName);
        JsonArray slots = data(patient.token(), Clinic.SLOTS, vars("p", clinic.providerId, "t", type,
                "s", weekBefore.minusDays(1).toString(), "e", weekAfter.plusDays(1).toString()))
                .getJsonArray("availableSlotsForRange");
        List<String> seen = slots.stream().map(s -> s.asJsonObject().getString("date")).toList();
        assertThat(seen).containsExactly(SLOT.format(before.atZone(patientZone)),
                SLOT.format(changeDay.atTime(9, 0).atZone(providerZone).withZoneSameInstant(patientZone)),
                SLOT.format(after.atZone(patientZone)));

        // the patient books the slots on both sides of the change, as their own zone printed them
        for (String date : List.of(seen.get(0), seen.get(2))) {
            JsonObject booked = data(patient.token(), Clinic.CHECKOUT, vars("t", type, "c", "Healthie Video Call",
                    "d", date, "p", clinic.providerId)).getJsonObject("completeCheckout");
            assertThat(booked.isNull("messages")).as(booked.toString()).isTrue();
        }
        JsonArray listed = data(patient.token(), "{ appointments(filter: \"all\", order_by: \"DATE_ASC\") { date start } }", null)
                .getJsonArray("appointments");
        assertThat(listed.stream().map(a -> a.asJsonObject().getString("date")).toList())
                .containsExactly(UTC.format(before.atZone(ZoneOffset.UTC)), UTC.format(after.atZone(ZoneOffset.UTC)));
        JsonArray providerView = data(clinic.key, "{ appointments(filter: \"future\") { start } }", null)
                .getJsonArray("appointments");
        assertThat(providerView.stream().map(a -> a.asJsonObject().getString("start")).toList())
                .containsExactly(before.toString(), after.toString());

        // what is left on the provider's calendar is the slot on the day of the change, still at 09:00 local
        assertThat(clinic.slots(type, weekBefore, weekAfter, providerZoneName))
                .containsExactly(SLOT.format(changeDay.atTime(LocalTime.of(9, 0)).atZone(providerZone)));
    }

    /** The local date of the next change to summer time ({@code spring}) or back to standard time. */
    private static LocalDate nextChange(ZoneId zone, boolean spring) {
        Instant from = Instant.now();
        while (true) {
            ZoneOffsetTransition transition = zone.getRules().nextTransition(from);
            if (transition.isGap() == spring) {
                return transition.getDateTimeAfter().toLocalDate();
            }
            from = transition.getInstant();
        }
    }
}
