package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.caregate.it.matrix.Probe;
import org.caregate.it.matrix.Snapshot;
import org.caregate.it.matrix.Surface;
import org.caregate.it.matrix.Tenant;
import org.caregate.it.matrix.Tenant.Role;
import org.caregate.it.matrix.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Broken object-level authorization, tried everywhere (issue 11): organization A's owner, admin, provider, staff
 * member and patient (signed in, and with a key), and nobody, call every operation that takes an object id — found
 * in the GraphQL schema and the OpenAPI document — with organization B's object of that kind in one id parameter
 * and their own objects in the others. Every call must be refused as not found, forbidden or unauthenticated, quote
 * nothing of B, and leave B's objects as B's owner read them before.
 */
class BolaMatrixIT {

    /** What a query needs besides the probed id to be answered at all, so that the id is what decides. */
    private static final Map<String, Map<String, String>> QUERY_ARGUMENTS = Map.of(
            "appointmentBookingWarnings", Map.of("date", "\"2031-03-04\"", "time", "\"10:00\"",
                    "appointment_type_id", "\"{own:APPOINTMENT_TYPE}\""),
            "availabilities(provider_ids)", Map.of("is_repeating", "true", "is_org", "true"),
            "availabilities(user_id)", Map.of("is_repeating", "true"),
            "availableSlotsForRange", Map.of("start_date", "\"2031-03-03\"", "end_date", "\"2031-03-09\"",
                    "provider_id", "\"{own:PROVIDER}\"", "appt_type_id", "\"{own:APPOINTMENT_TYPE}\"",
                    "org_level", "true"),
            "daysAvailableForRange", Map.of("date_from_month", "\"2031-03-01\"", "provider_id", "\"{own:PROVIDER}\"",
                    "appt_type_id", "\"{own:APPOINTMENT_TYPE}\"", "org_level", "true"),
            "appointmentTypes", Map.of("provider_id", "\"{own:PROVIDER}\""));

    /** What the REST writes send: the caller's own waiting room and provider where a body needs one. */
    private static final Map<String, String> REST_BODIES = Map.ofEntries(
            Map.entry("PUT /qapi/v1/patients/{patient_id}", "{\"gender\": \"female\"}"),
            Map.entry("PUT /qapi/v1/patients/id/type/SPID/value/{solo_patient_id}", "{\"gender\": \"female\"}"),
            Map.entry("POST /qapi/v1/patients/{patient_id}/appointments",
                    "{\"waitingRoom\": \"{own:waiting-room-name}\"}"),
            Map.entry("POST /qapi/v1/patients/HSID/{hsid}/appointments",
                    "{\"waitingRoom\": \"{own:waiting-room-name}\"}"),
            Map.entry("POST /qapi/v1/patients/id/type/SPID/value/{solo_patient_id}/appointments",
                    "{\"waitingRoom\": \"{own:waiting-room-name}\"}"),
            Map.entry("PUT /qapi/v1/appointments/{appointment_id}",
                    "{\"reasons\": [\"moved\"], \"status\": \"cancelled\"}"),
            Map.entry("PUT /qapi/v1/webhooks/{webhookId}", "{\"events\": [\"patient:updated\"]}"),
            Map.entry("PATCH /teleconsultation/{roomId}",
                    "{\"start_date\": \"2031-03-04T10:00:00Z\", \"end_date\": \"2031-03-04T11:00:00Z\"}"),
            Map.entry("POST /teleconsultation/{roomId}/participants/data", "{\"participants\": [\"{own:PROVIDER}\"]}"),
            Map.entry("POST /qapi/v1/patients/{patient_id}/episodes",
                    "{\"name\": \"matrix\", \"type\": \"covid\", \"from\": \"2031-03-01\", \"status\": \"ACTIVE\"}"),
            Map.entry("PUT /qapi/v1/episodes/{episode_id}",
                    "{\"name\": \"matrix\", \"type\": \"covid\", \"from\": \"2031-03-01\", \"status\": \"CANCELED\"}"));

    /**
     * Where naming another organization's object is the contract: booking is public, so anybody books with B's
     * providers and types (ADR 16), signing up joins the organization of the provider named, whoever asks, and a
     * form template and an onboarding item are public to view by id (seed 001 "Form Templates", "Onboarding Items";
     * a signed-in caller sees only their own).
     */
    private static final Set<String> PUBLIC_WITHOUT_A_KEY = Set.of(
            "appointmentTypes(provider_id)", "daysAvailableForRange(provider_id)", "daysAvailableForRange(provider_ids)",
            "daysAvailableForRange(appt_type_id)", "availableSlotsForRange(provider_id)",
            "availableSlotsForRange(provider_ids)", "availableSlotsForRange(appt_type_id)",
            "completeCheckout(input.provider_id)", "completeCheckout(input.appointment_type_id)",
            "customModuleForm(id)", "onboardingItem(id)");
    private static final Set<String> PUBLIC_FOR_EVERYONE = Set.of("signUp(input.dietitian_id)");

    @Test
    void anotherOrganizationsObjectsAreNeverReadChangedOrNamed() {
        Instant started = Instant.now();
        Tenant a = Tenant.open("bolaa");
        Tenant b = Tenant.open("bolab");
        List<Probe> probes = new ArrayList<>(Surface.discover(QUERY_ARGUMENTS, REST_BODIES));
        probes.sort(Comparator.comparing(Probe::destructive)); // destroy last: every other probe meets B whole
        Snapshot before = Snapshot.of(b);

        Map<Role, int[]> counts = new EnumMap<>(Role.class); // tried, denied, public by design, as for a missing id
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            for (Role role : Role.values()) {
                int[] count = counts.computeIfAbsent(role, r -> new int[4]);
                if (PUBLIC_FOR_EVERYONE.contains(probe.name())
                        || role == Role.ANONYMOUS && PUBLIC_WITHOUT_A_KEY.contains(probe.name())) {
                    count[2]++;
                    continue;
                }
                String foreign = b.object(probe.kind());
                HttpResponse<String> response = probe.call().send(a.key(role), foreign, a);
                Verdict verdict = Verdict.of(probe, response, List.of(b.marker));
                if (verdict.comparable(response)) {
                    String missing = missingLike(foreign);
                    verdict = verdict.orAsForMissing(response, foreign, probe.call().send(a.key(role), missing, a),
                            missing);
                }
                count[0]++;
                if (verdict.denied()) {
                    count[1]++;
                    if (Verdict.AS_FOR_MISSING.equals(verdict.reason())) {
                        count[3]++;
                    }
                } else {
                    failures.add(role.label() + " " + probe.name() + " with B's " + probe.kind() + ": " + verdict.reason());
                }
            }
        }
        List<String> changed = Snapshot.of(b).changesSince(before);

        long graphql = probes.stream().filter(p -> !p.operation().contains("/")).map(Probe::operation).distinct().count();
        long rest = probes.stream().filter(p -> p.operation().contains("/")).map(Probe::operation).distinct().count();
        System.out.printf("BOLA matrix: %d GraphQL and %d REST operations, %d id parameters, %d roles, %s%n", graphql,
                rest, probes.size(), Role.values().length, Duration.between(started, Instant.now()));
        counts.forEach((role, count) -> System.out.printf("  %-16s tried %4d, denied %4d (%d of them answered as for "
                + "a missing id), public by design %d%n", role.label(), count[0], count[1], count[3], count[2]));
        assertThat(graphql).as("GraphQL operations that take an id").isGreaterThan(40);
        assertThat(rest).as("REST operations that take an id").isGreaterThan(10);
        assertThat(failures).as("calls with B's ids that were not refused").isEmpty();
        assertThat(changed).as("B's objects changed by A's calls").isEmpty();
    }

    /** An id of the same shape as {@code id} that names nothing. */
    private static String missingLike(String id) {
        if (id.matches("\\d+")) {
            return "987654321";
        }
        return id.matches("[0-9a-f-]{36}") ? UUID.randomUUID().toString() : "missing-" + Api.unique();
    }
}
