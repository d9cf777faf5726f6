package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.caregate.it.matrix.Kind;
import org.caregate.it.matrix.Tenant;
import org.junit.jupiter.api.Test;

/**
 * The privilege matrix inside one organization (issue 11): for every permission flag a membership carries — found in
 * {@code updateOrganizationMembership}'s input, so a new flag fails here until its gates are listed — each operation
 * it gates is tried by a member lacking the flag, who is refused and changes nothing, and by a member holding it, who
 * succeeds. Beside the flags, rank: nobody changes, sets the password of or mints a key for a member who outranks
 * them (owner > admin > other members), and only the owner, a super admin, removes members.
 */
class PrivilegeMatrixIT {

    private static final String UPDATE = """
            mutation($input: updateOrganizationMembershipInput) { updateOrganizationMembership(input: $input) {
              organizationMembership { is_admin is_developer can_add_members can_edit_members can_see_calendar
                can_edit_forms user { first_name } } messages { field message } } }""";
    private static final String WEBHOOK = """
            mutation($url: String) { createWebhook(input: {url: $url, event_types: ["patient.created"]}) {
              webhook { id } messages { field message } } }""";

    private static Tenant clinic;

    /** A member the matrix acts on, with a key the owner minted for them. */
    private record Member(String id, String email, String key) {
    }

    /**
     * An operation a flag gates: what the actor does to a fresh target member, and whether the target (or the
     * organization) shows it happened; {@code null} where nothing shows (a linking secret is never read back), so the
     * answer alone decides.
     */
    private record Gate(String what, BiFunction<String, Member, JsonObject> act, Predicate<Member> happened) {
    }

    private static final Map<String, List<Gate>> GATES = new LinkedHashMap<>();

    static {
        GATES.put("is_admin", List.of(
                new Gate("createWebhook", (actor, target) -> graphql(actor, WEBHOOK, vars("url",
                        "http://127.0.0.1:9/" + target.id())), target -> webhookOf(target)),
                new Gate("setContextLinkingSecret", (actor, target) -> graphql(actor,
                        "mutation($s: String) { setContextLinkingSecret(input: {secret: $s}) { messages { field } } }",
                        vars("s", "a linking secret of " + target.id())), null),
                // the organization's billing currency (docs/billing.md): owners and admins only
                new Gate("updateBillingSettings", (actor, target) -> graphql(actor, """
                        mutation { updateBillingSettings(input: {currency: "USD"}) { billing_settings { currency }
                          messages { field message } } }""", null), null),
                // the insurance plans the organization accepts (docs/billing.md "Claims"): owners and admins only
                new Gate("createAcceptedInsurancePlan", (actor, target) -> graphql(actor, """
                        mutation($p: [ID]) { createAcceptedInsurancePlan(input: {insurance_plan_ids: $p}) {
                          accepted_insurance_plans { id } messages { field message } } }""", vars("p",
                        Json.createArrayBuilder().add(Api.data(clinic.owner(), "{ insurancePlans(keywords: \"61101\") { id } }",
                                null).getJsonArray("insurancePlans").getJsonObject(0).getString("id")).build())), null),
                // resuming a recurring payment decides when money is taken (docs/billing.md "Recurring payments")
                new Gate("updateBillingItem is_paused: false", (actor, target) -> graphql(actor, """
                        mutation($id: ID) { updateBillingItem(input: {id: $id, is_paused: false}) {
                          billingItem { id } messages { field message } } }""", vars("id", recurringItem())), null),
                // the facility structure of virtual nursing: owners and admins only
                new Gate("createNursingLocation", (actor, target) -> graphql(actor, """
                        mutation($n: String) { createNursingLocation(input: {kind: "building", name: $n}) {
                          nursingLocation { id } messages { field message } } }""", vars("n", "Building of " + target.id())),
                        target -> Api.data(clinic.owner(), "{ nursingLocations { name } }", null)
                                .getJsonArray("nursingLocations").toString().contains("Building of " + target.id() + "\"")),
                new Gate("grant is_admin", (actor, target) -> update(actor, target, "is_admin", true),
                        target -> flag(target, "is_admin")),
                new Gate("createEpisodeType", (actor, target) -> graphql(actor, """
                        mutation($n: String) { createEpisodeType(input: {name: $n}) { episodeType { id }
                          messages { field message } } }""", vars("n", "Episode type of " + target.id())),
                        target -> Api.data(clinic.owner(), "{ episodeTypes { name } }", null).getJsonArray("episodeTypes")
                                .toString().contains("Episode type of " + target.id())),
                // presets of encounter reports: owners and admins manage them, every member reads them
                new Gate("createReportPreset", (actor, target) -> graphql(actor, """
                        mutation($n: String) { createReportPreset(input: {name: $n, columns: ["start"]}) {
                          reportPreset { id } messages { field message } } }""", vars("n", "Preset of " + target.id())),
                        target -> Api.data(clinic.owner(), "{ reportPresets { name } }", null).getJsonArray("reportPresets")
                                .toString().contains("Preset of " + target.id() + "\"")),
                // a member's password or key lends its permissions: owners and admins only, not editors
                new Gate("set another member's password", (actor, target) -> update(actor, target, "password",
                        Fixtures.STRONG_PASSWORD), target -> signsIn(target.email())),
                new Gate("createApiKey(user_id:) for another member", (actor, target) -> graphql(actor, """
                        mutation($u: ID) { createApiKey(input: {name: "minted", user_id: $u}) { api_key
                          messages { field message } } }""", vars("u", target.id())),
                        target -> Api.data(target.key(), "{ api_keys(page_size: 100) { name } }", null)
                                .getJsonArray("api_keys").toString().contains("minted")),
                // the perfect answer's configuration (ADR 25): a room's location and templates act for the organization
                new Gate("setWaitingRoomLocation", (actor, target) -> graphql(actor, """
                        mutation($r: ID, $g: String, $n: String) { setWaitingRoomLocation(input: {waiting_room_id: $r,
                          geolocation_id: $g, location_name: $n}) { waitingRoomLocation { geolocation_id }
                          messages { field message } } }""", vars("r", clinic.object(org.caregate.it.matrix.Kind.WAITING_ROOM),
                        "g", java.util.UUID.randomUUID().toString(), "n", "Location of " + target.id())),
                        target -> Api.data(clinic.owner(), "{ waitingRoomLocations { location_name } }", null)
                                .getJsonArray("waitingRoomLocations").toString().contains("Location of " + target.id() + "\"")),
                new Gate("setWaitingRoomTemplates", (actor, target) -> graphql(actor, """
                        mutation($r: ID, $f: ID, $why: String) { setWaitingRoomTemplates(input: {waiting_room_id: $r,
                          templates: [{custom_module_form_id: $f, reason: $why}]}) { waitingRoomTemplates { reason }
                          messages { field message } } }""", vars("r", clinic.object(org.caregate.it.matrix.Kind.WAITING_ROOM),
                        "f", clinic.object(org.caregate.it.matrix.Kind.FORM), "why", "Reason of " + target.id())),
                        target -> Api.data(clinic.owner(), "query($r: ID) { waitingRoomTemplates(waiting_room_id: $r) "
                                + "{ reason } }", vars("r", clinic.object(org.caregate.it.matrix.Kind.WAITING_ROOM)))
                                .getJsonArray("waitingRoomTemplates").toString().contains("Reason of " + target.id() + "\""))));
        GATES.put("can_add_members", List.of(new Gate("createOrganizationMembership", (actor, target) -> graphql(actor, """
                mutation($o: ID, $e: String) { createOrganizationMembership(input: {organization_id: $o, first_name: "New",
                  last_name: "Member", email: $e}) { organizationMembership { id } messages { field message } } }""",
                vars("o", clinic.object(org.caregate.it.matrix.Kind.ORGANIZATION), "e", "new." + target.email())),
                target -> !Api.data(clinic.owner(), "query($k: String) { organizationMembers(keywords: $k) { id } }",
                        vars("k", "new." + target.email())).getJsonArray("organizationMembers").isEmpty())));
        GATES.put("can_edit_members", List.of(
                new Gate("updateOrganizationMembership", (actor, target) -> update(actor, target, "first_name", "Renamed"),
                        target -> firstName(target).equals("Renamed")),
                new Gate("updateUser of a member", (actor, target) -> graphql(actor, """
                        mutation($id: ID) { updateUser(input: {id: $id, first_name: "Renamed"}) { user { id }
                          messages { field message } } }""", vars("id", target.id())),
                        target -> firstName(target).equals("Renamed")),
                new Gate("revokeApiKey of another member", (actor, target) -> graphql(actor, """
                        mutation($id: ID) { revokeApiKey(input: {id: $id}) { messages { field message } } }""",
                        vars("id", keyIdOf(target))), target -> Api.graphqlResponse(target.key(),
                        "{ user(or_current_user: true) { id } }", null).statusCode() == 401)));
        for (String flag : List.of("is_developer", "can_see_calendar")) {
            GATES.put(flag, List.of(new Gate("grant " + flag, (actor, target) -> update(actor, target, flag, true),
                    target -> flag(target, flag))));
        }
        GATES.put("can_edit_forms", List.of(
                new Gate("grant can_edit_forms", (actor, target) -> update(actor, target, "can_edit_forms", true),
                        target -> flag(target, "can_edit_forms")),
                new Gate("createCustomModuleForm", (actor, target) -> graphql(actor, """
                        mutation($n: String) { createCustomModuleForm(input: {name: $n}) { customModuleForm { id }
                          messages { field message } } }""", vars("n", "Form of " + target.id())),
                        target -> !Api.data(clinic.owner(), "query($k: String) { customModuleForms(keywords: $k) { id } }",
                                vars("k", "Form of " + target.id())).getJsonArray("customModuleForms").isEmpty()),
                new Gate("createOnboardingFlow", (actor, target) -> graphql(actor, """
                        mutation($n: String) { createOnboardingFlow(input: {name: $n}) { onboardingFlow { id }
                          messages { field message } } }""", vars("n", "Flow of " + target.id())),
                        target -> !Api.data(clinic.owner(), "query($k: String) { onboardingFlows(keywords: $k) { id } }",
                                vars("k", "Flow of " + target.id())).getJsonArray("onboardingFlows").isEmpty()),
                new Gate("createOnboardingItem", (actor, target) -> graphql(actor, """
                        mutation($f: String, $t: String) { createOnboardingItem(input: {onboarding_flow_id: $f,
                          item_type: $t, is_skippable: false}) { onboardingItem { id } messages { field message } } }""",
                        vars("f", clinic.object(org.caregate.it.matrix.Kind.ONBOARDING_FLOW), "t",
                                "[{\"type\":\"Module Form\",\"id\":\"" + clinic.object(org.caregate.it.matrix.Kind.FORM)
                                        + "\"}]")),
                        target -> Api.data(clinic.owner(), "query($id: ID) { onboardingFlow(id: $id) { onboarding_items { id } } }",
                                vars("id", clinic.object(org.caregate.it.matrix.Kind.ONBOARDING_FLOW)))
                                .getJsonObject("onboardingFlow").getJsonArray("onboarding_items").size() > 1),
                new Gate("shareCustomModuleForm", (actor, target) -> graphql(actor, """
                        mutation($id: ID, $e: String) { shareCustomModuleForm(input: {id: $id, form_share_recipient: $e})
                          { customModuleForm { id } messages { field message } } }""", vars("id", Api.data(clinic.owner(),
                        "mutation($n: String) { createCustomModuleForm(input: {name: $n}) { customModuleForm { id } } }",
                        vars("n", "Shared with " + target.id())).getJsonObject("createCustomModuleForm")
                        .getJsonObject("customModuleForm").getString("id"), "e", target.email())),
                        target -> Api.data(clinic.owner(), "query($k: String) { customModuleForms(keywords: $k) { id } }",
                                vars("k", "Shared with " + target.id())).getJsonArray("customModuleForms").size() == 2),
                // a question's perfect-answer tag is part of the form (ADR 25)
                new Gate("tagCustomModule", (actor, target) -> graphql(actor, """
                        mutation($q: ID, $t: String) { tagCustomModule(input: {custom_module_id: $q, tag: $t}) {
                          customModuleTag { tag } messages { field message } } }""", vars("q",
                        clinic.object(org.caregate.it.matrix.Kind.QUESTION), "t", "tagOf" + target.id())),
                        target -> Api.data(clinic.owner(), "query($f: ID) { customModuleTags(custom_module_form_id: $f) "
                                + "{ tag } }", vars("f", clinic.object(org.caregate.it.matrix.Kind.FORM)))
                                .getJsonArray("customModuleTags").toString().contains("tagOf" + target.id() + "\""))));
    }

    @Test
    void everyPermissionIsNeededForWhatItGatesAndNobodyGrantsOrOutranksBeyondTheirOwn() {
        Instant started = Instant.now();
        clinic = Tenant.open("privileges");
        Set<String> flags = flagsOfMemberships();
        assertThat(GATES.keySet()).as("the operations each permission flag gates: add those of a new flag")
                .containsExactlyInAnyOrderElementsOf(flags);
        int refused = 0;
        int allowed = 0;
        List<String> failures = new ArrayList<>();
        for (String flag : flags) {
            Member holder = member(holderFlags(flag));
            Member lacker = member(lackerFlags(flag));
            for (Gate gate : GATES.get(flag)) {
                Member untouched = member(Map.of());
                JsonObject refusal = gate.act().apply(lacker.key(), untouched);
                if (isRefusal(refusal) && (gate.happened() == null || !gate.happened().test(untouched))) {
                    refused++;
                } else {
                    failures.add("without " + flag + ": " + gate.what() + " answered " + refusal);
                }
                Member touched = member(Map.of());
                JsonObject done = gate.act().apply(holder.key(), touched);
                if (isRefusal(done) || hasMessages(done)
                        || gate.happened() != null && !gate.happened().test(touched)) {
                    failures.add("with " + flag + ": " + gate.what() + " did not happen: " + done);
                } else {
                    allowed++;
                }
            }
        }
        int[] rank = ranks(failures);
        int gates = GATES.values().stream().mapToInt(List::size).sum();
        System.out.printf("Privilege matrix: %d flags %s, %d gated operations, %d calls: %d refused without the flag, "
                        + "%d allowed with it; rank: %d tried, %d refused; %s%n", flags.size(), flags, gates, 2 * gates,
                refused, allowed, rank[0], rank[1], Duration.between(started, Instant.now()));
        assertThat(failures).isEmpty();
    }

    /** A payment of the clinic's patient that is part of a recurring payment (a weekly package bought by the owner). */
    private static String recurringItem() {
        JsonObject offering = Api.data(clinic.owner(), """
                mutation { createOffering(input: {name: "Weekly", price: "10", billing_frequency: "Weekly"}) {
                  offering { id } } }""", null).getJsonObject("createOffering");
        return Api.data(clinic.owner(), """
                mutation($o: ID, $u: ID) { createBillingItem(input: {offering_id: $o, sender_id: $u, should_charge: true}) {
                  billingItem { id } } }""", vars("o", offering.getJsonObject("offering").getString("id"),
                "u", clinic.object(Kind.PATIENT))).getJsonObject("createBillingItem").getJsonObject("billingItem")
                .getString("id");
    }

    /** Nobody acts on a member above them; equals may; only the owner removes a member. Returns tried, refused. */
    private static int[] ranks(List<String> failures) {
        Member owner = new Member(clinic.userId(Tenant.Role.OWNER), null, clinic.owner());
        Member admin = member(Map.of("is_admin", true));
        Member otherAdmin = member(Map.of("is_admin", true));
        Member editor = member(Map.of("can_edit_members", true));
        List<Object[]> refusedCases = List.of(
                new Object[] {"an editor", editor, "the owner", owner}, new Object[] {"an editor", editor, "an admin", admin},
                new Object[] {"an admin", admin, "the owner", owner});
        int tried = 0;
        int refused = 0;
        for (Object[] refusedCase : refusedCases) {
            Member actor = (Member) refusedCase[1];
            Member target = (Member) refusedCase[3];
            String before = firstName(target);
            List<JsonObject> answers = List.of(update(actor.key(), target, "first_name", "Outranked"),
                    update(actor.key(), target, "password", "an entirely new password 77!"),
                    graphql(actor.key(), "mutation($u: ID) { createApiKey(input: {name: \"x\", user_id: $u}) { api_key "
                            + "messages { field message } } }", vars("u", target.id())));
            for (JsonObject answer : answers) {
                tried++;
                if (isRefusal(answer)) {
                    refused++;
                } else {
                    failures.add(refusedCase[0] + " acted on " + refusedCase[2] + ": " + answer);
                }
            }
            if (!firstName(target).equals(before)) {
                failures.add(refusedCase[0] + " renamed " + refusedCase[2]);
            }
        }
        tried++;
        JsonObject equal = update(admin.key(), otherAdmin, "first_name", "Equal");
        if (isRefusal(equal) || !firstName(otherAdmin).equals("Equal")) {
            failures.add("an admin could not change another admin: " + equal);
        }
        String delete = "mutation($id: ID) { deleteOrganizationMembership(input: {id: $id}) { messages { field message } } }";
        Member leaving = member(Map.of());
        tried++;
        if (isRefusal(graphql(admin.key(), delete, vars("id", leaving.id())))) {
            refused++;
        } else {
            failures.add("an admin removed a member");
        }
        tried++;
        if (isRefusal(graphql(clinic.owner(), delete, vars("id", leaving.id())))) {
            failures.add("the owner could not remove a member");
        }
        return new int[] {tried, refused};
    }

    /** The Boolean permissions of updateOrganizationMembership's input, as introspection names them. */
    private static Set<String> flagsOfMemberships() {
        JsonObject type = Api.data(null, """
                { __type(name: "updateOrganizationMembershipInput") { inputFields { name type { name } } } }""", null)
                .getJsonObject("__type");
        Set<String> flags = new TreeSet<>();
        for (JsonValue field : type.getJsonArray("inputFields")) {
            String name = field.asJsonObject().getString("name");
            if ("Boolean".equals(field.asJsonObject().getJsonObject("type").getString("name", null))
                    && (name.startsWith("is_") || name.startsWith("can_"))) {
                flags.add(name);
            }
        }
        return flags;
    }

    /** Who holds a flag: an admin for is_admin; else a member with it (and, to reach a grant, can_edit_members). */
    private static Map<String, Object> holderFlags(String flag) {
        return switch (flag) {
            case "is_admin" -> Map.of("is_admin", true);
            case "can_add_members", "can_edit_members" -> Map.of(flag, true);
            default -> Map.of("can_edit_members", true, flag, true);
        };
    }

    /** Who lacks it: a member with every other power the gate needs, but not the flag. */
    private static Map<String, Object> lackerFlags(String flag) {
        return switch (flag) {
            case "is_admin" -> Map.of("can_edit_members", true, "can_add_members", true);
            case "can_add_members", "can_edit_members" -> Map.of(flag, false);
            default -> Map.of("can_edit_members", true, flag, false);
        };
    }

    private static int members;

    /** A new provider of the clinic with these permissions, and a key the owner minted for them. */
    private static Member member(Map<String, Object> permissions) {
        String name = "Member" + (++members);
        String id = clinic.addMember("Standard", name);
        Map<String, Object> all = new LinkedHashMap<>(Map.of("can_see_calendar", false, "can_edit_forms", false));
        all.putAll(permissions);
        JsonObject granted = update(clinic.owner(), new Member(id, null, null), all);
        assertThat(granted.getJsonObject("data").getJsonObject("updateOrganizationMembership").isNull("messages"))
                .as(granted.toString()).isTrue();
        return new Member(id, clinic.email(name), clinic.keyFor(id));
    }

    private static JsonObject update(String actor, Member target, String field, Object value) {
        return update(actor, target, Map.of(field, value));
    }

    private static JsonObject update(String actor, Member target, Map<String, Object> fields) {
        var input = jakarta.json.Json.createObjectBuilder().add("id", target.id());
        fields.forEach((field, value) -> {
            if (value instanceof Boolean b) {
                input.add(field, b);
            } else {
                input.add(field, value.toString());
            }
        });
        return graphql(actor, UPDATE, vars("input", input.build()));
    }

    /** The target's membership as the owner reads it (an update that changes nothing answers with the membership). */
    private static boolean flag(Member target, String flag) {
        return update(clinic.owner(), target, Map.of()).getJsonObject("data").getJsonObject("updateOrganizationMembership")
                .getJsonObject("organizationMembership").getBoolean(flag);
    }

    private static String firstName(Member target) {
        return Api.data(clinic.owner(), "query($id: ID) { user(id: $id) { first_name } }", vars("id", target.id()))
                .getJsonObject("user").getString("first_name");
    }

    private static boolean webhookOf(Member target) {
        return Api.data(clinic.owner(), "{ webhooks { url } }", null).getJsonArray("webhooks").toString()
                .contains("/" + target.id() + "\"");
    }

    private static boolean signsIn(String email) {
        return !graphql(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) { token } }",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD)).getJsonObject("data").getJsonObject("signIn")
                .isNull("token");
    }

    private static String keyIdOf(Member target) {
        return Api.data(target.key(), "{ api_keys(page_size: 1) { id } }", null).getJsonArray("api_keys")
                .getJsonObject(0).getString("id");
    }

    /** Refused: an error FORBIDDEN or NOT_FOUND, or a payload whose messages say the object was not found. */
    private static boolean isRefusal(JsonObject answer) {
        if (answer.containsKey("errors")) {
            return answer.getJsonArray("errors").stream().map(e -> e.asJsonObject().getJsonObject("extensions"))
                    .allMatch(x -> x != null && Set.of("FORBIDDEN", "NOT_FOUND").contains(x.getString("code", "")));
        }
        return hasMessages(answer) && answer.getJsonObject("data").toString().contains("not found");
    }

    private static boolean hasMessages(JsonObject answer) {
        JsonObject data = answer.getJsonObject("data");
        return data != null && data.values().stream().anyMatch(v -> v.getValueType() == JsonValue.ValueType.OBJECT
                && v.asJsonObject().containsKey("messages") && !v.asJsonObject().isNull("messages"));
    }
}
