package org.caregate.it;

import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;

/**
 * A practice of its own for a scheduling test: a new organization whose owner is the provider, in a time zone,
 * with helpers for appointment types, availability, patients and bookings — all through the public API.
 */
final class Clinic {

    static final String SLOTS = """
            query($p: String, $t: String, $s: String, $e: String, $tz: String, $r: ID, $org: Boolean, $ps: [String]) {
              availableSlotsForRange(provider_id: $p, appt_type_id: $t, start_date: $s, end_date: $e, timezone: $tz,
                appointment_to_reschedule_id: $r, org_level: $org, provider_ids: $ps) { user_id date } }""";
    static final String CHECKOUT = """
            mutation($t: String, $c: String, $d: String, $tz: String, $f: String, $l: String, $e: String, $p: String) {
              completeCheckout(input: {appointment_type_id: $t, contact_type: $c, date: $d, timezone: $tz,
                first_name: $f, last_name: $l, email: $e, provider_id: $p}) {
                appointment { id date user { id } provider { id } } messages { field message } } }""";

    final String key;
    final String providerId;
    final String timezone;

    private Clinic(String key, String providerId, String timezone) {
        this.key = key;
        this.providerId = providerId;
        this.timezone = timezone;
    }

    /** A new practice whose owner (the provider) keeps their calendar in {@code timezone}. */
    static Clinic open(String timezone) {
        String key = Fixtures.newOrganization("Clinic " + Api.unique());
        String owner = Fixtures.currentUserId(key);
        data(key, "mutation($id: ID, $tz: String) { updateUser(input: {id: $id, timezone: $tz}) { user { id } } }",
                vars("id", owner, "tz", timezone));
        return new Clinic(key, owner, timezone);
    }

    /** Adds a provider to the practice in {@code timezone}; returns their id. */
    String addProvider(String timezone) {
        String organization = data(key, "{ organization { id } }", null).getJsonObject("organization").getString("id");
        JsonObject payload = data(key, """
                mutation($o: ID, $e: String, $tz: String) { createOrganizationMembership(input: {organization_id: $o,
                  first_name: "Second", last_name: "Provider", email: $e, org_role: "Standard", timezone: $tz}) {
                  organizationMembership { user { id } } messages { field message } } }""",
                vars("o", organization, "e", "provider." + Api.unique() + "@example.org", "tz", timezone))
                .getJsonObject("createOrganizationMembership");
        if (!payload.isNull("messages")) {
            throw new AssertionError("createOrganizationMembership refused: " + payload);
        }
        return payload.getJsonObject("organizationMembership").getJsonObject("user").getString("id");
    }

    /** An appointment type patients may book, held by video; returns its id. */
    String appointmentType(String name, int minutes) {
        JsonObject payload = data(key, """
                mutation($n: String, $l: Int) { createAppointmentType(input: {name: $n, length: $l, clients_can_book: true}) {
                  appointmentType { id } messages { field message } } }""", vars("n", name, "l", minutes))
                .getJsonObject("createAppointmentType");
        if (!payload.isNull("messages")) {
            throw new AssertionError("createAppointmentType refused: " + payload);
        }
        return payload.getJsonObject("appointmentType").getString("id");
    }

    /** Opens {@code provider}'s calendar every week on {@code dayOfWeek} (0 = Sunday) from {@code first}. */
    String weekly(String provider, int dayOfWeek, LocalDate first, String from, String to) {
        return availability(provider, true, dayOfWeek, first, from, to);
    }

    /** Opens {@code provider}'s calendar on one date. */
    String once(String provider, LocalDate date, String from, String to) {
        return availability(provider, false, date.getDayOfWeek().getValue() % 7, date, from, to);
    }

    private String availability(String provider, boolean repeating, int day, LocalDate date, String from, String to) {
        JsonObject payload = data(key, """
                mutation($d: Int, $r: Boolean, $s: String, $t: String, $e: String, $u: String) {
                  createAvailability(input: {day_of_week: $d, is_repeating: $r, range_start: $s, time: $t, end_time: $e,
                    user_id: $u}) { availability { id } messages { field message } } }""",
                vars("d", day, "r", repeating, "s", date.format(java.time.format.DateTimeFormatter.ofPattern(
                        "MMMM d, yyyy", java.util.Locale.US)), "t", from, "e", to, "u", provider))
                .getJsonObject("createAvailability");
        if (!payload.isNull("messages")) {
            throw new AssertionError("createAvailability refused: " + payload);
        }
        return payload.getJsonObject("availability").getString("id");
    }

    /** Changes the provider's booking rules (createAppointmentSetting), e.g. {@code "buffer: \"15\""}. */
    void settings(String fields) {
        JsonObject payload = data(key, "mutation { createAppointmentSetting(input: {" + fields + "}) { appointmentSetting "
                + "{ buffer } messages { field message } } }", null).getJsonObject("createAppointmentSetting");
        if (!payload.isNull("messages")) {
            throw new AssertionError("createAppointmentSetting refused: " + payload);
        }
    }

    /** The slot dates offered, as the seed's flow reads them (without an account). */
    List<String> slots(String type, LocalDate from, LocalDate to, String zone) {
        JsonArray slots = data(null, SLOTS, vars("p", providerId, "t", type, "s", from.toString(), "e", to.toString(),
                "tz", zone)).getJsonArray("availableSlotsForRange");
        return slots.stream().map(slot -> slot.asJsonObject().getString("date")).toList();
    }

    /** A patient without an account books {@code date}; the payload of completeCheckout. */
    JsonObject checkout(String type, String date, String zone, String email) {
        return data(null, CHECKOUT, vars("t", type, "c", "Healthie Video Call", "d", date, "tz", zone, "f", "Pat",
                "l", "Ient", "e", email, "p", providerId)).getJsonObject("completeCheckout");
    }

    /** A patient who signed up with the provider and signed in; their session token and id. */
    Patient signedInPatient(String timezone) {
        String unique = Api.unique();
        String email = "patient." + unique + "@example.org";
        String id = data(null, """
                mutation($e: String, $p: String, $d: String, $l: String, $tz: String) { signUp(input: {first_name: "Pat",
                  last_name: $l, email: $e, password: $p, role: "patient", dietitian_id: $d, timezone: $tz}) { user { id } } }""",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD, "d", providerId, "l", "Ient" + unique, "tz", timezone))
                .getJsonObject("signUp").getJsonObject("user").getString("id");
        String token = data(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) { token } }",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD)).getJsonObject("signIn").getString("token");
        return new Patient(id, token);
    }

    /** A signed-in patient. */
    record Patient(String id, String token) {
    }

    static JsonArray ids(String... ids) {
        var array = Json.createArrayBuilder();
        for (String id : ids) {
            array.add(id);
        }
        return array.build();
    }
}
