package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Healthie's patient management over GraphQL: validation, archive, search, paging, and organization boundaries. */
class PatientsIT {

    private static final String KEY = TestServer.BOOTSTRAP_KEY;
    private static final String UPDATE_CLIENT = """
            mutation($input: updateClientInput) { updateClient(input: $input) {
              user { id first_name active } messages { field message } } }""";

    @Test
    void createClientRefusesBadInputInMessagesAndCreatesNothing() {
        String unique = Api.unique();
        JsonObject payload = data(KEY, """
                mutation($l: String) { createClient(input: {first_name: " ", last_name: $l, email: "not-an-email", dietitian_id: "999999"}) {
                  user { id } messages { field message } } }""", vars("l", "Nobody" + unique)).getJsonObject("createClient");
        assertThat(payload.isNull("user")).isTrue();
        assertThat(payload.getJsonArray("messages")).extracting(m -> m.asJsonObject().getString("field"))
                .containsExactlyInAnyOrder("first_name", "email", "dietitian_id");
        assertThat(count("Nobody" + unique, null)).isZero();
    }

    @Test
    void emailMayBeSkippedAndTheSamePersonCannotBeAddedTwice() {
        String unique = Api.unique();
        JsonObject skipped = data(KEY, "mutation($l: String) { createClient(input: {first_name: \"No\", last_name: $l, skipped_email: true}) { user { id email } messages { field message } } }",
                vars("l", "Mail" + unique)).getJsonObject("createClient");
        assertThat(skipped.getJsonObject("user").isNull("email")).isTrue();

        Fixtures.createClient(KEY, "Twin", "Same" + unique, "twin." + unique + "@example.com");
        JsonObject duplicate = data(KEY, "mutation($l: String, $e: String) { createClient(input: {first_name: \"twin\", last_name: $l, email: $e}) { user { id } messages { field message } } }",
                vars("l", "SAME" + unique, "e", "TWIN." + unique + "@example.com")).getJsonObject("createClient");
        assertThat(duplicate.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("email");
        // same email, another first name: a different account (Healthie's uniqueness rule)
        Fixtures.createClient(KEY, "Sibling", "Same" + unique, "twin." + unique + "@example.com");
        assertThat(count("Same" + unique, null)).isEqualTo(2);
    }

    @Test
    void archivingViaActiveStatusAndReactivating() {
        String unique = Api.unique();
        String id = Fixtures.createClient(KEY, "Archie", "Ved" + unique, "archie." + unique + "@example.com");
        JsonObject archived = data(KEY, UPDATE_CLIENT, vars("input", Json.createObjectBuilder().add("id", id).add("active", false).build()))
                .getJsonObject("updateClient").getJsonObject("user");
        assertThat(archived.getBoolean("active")).isFalse();
        assertThat(count("Ved" + unique, "archived")).isEqualTo(1);
        assertThat(count("Ved" + unique, "active")).isZero();

        data(KEY, UPDATE_CLIENT, vars("input", Json.createObjectBuilder().add("id", id).add("active", true).build()));
        assertThat(count("Ved" + unique, "active")).isEqualTo(1);
    }

    @Test
    void notificationInputsTakePrecedenceOverDemographicChanges() {
        String unique = Api.unique();
        String id = Fixtures.createClient(KEY, "Prec", "Edence" + unique, "prec." + unique + "@example.com");
        JsonObject payload = data(KEY, UPDATE_CLIENT, vars("input", Json.createObjectBuilder().add("id", id)
                .add("first_name", "Changed").add("resend_welcome", true).build())).getJsonObject("updateClient");
        assertThat(payload.isNull("messages")).as("the welcome is sent (AccountEmailsIT reads it)").isTrue();
        assertThat(data(KEY, "query($id: ID) { user(id: $id) { first_name } }", vars("id", id))
                .getJsonObject("user").getString("first_name")).isEqualTo("Prec");
    }

    @Test
    void bulkUpdateChangesOneFieldAndRefusesUnknownClientsWithoutChangingAny() {
        String unique = Api.unique();
        String id = Fixtures.createClient(KEY, "Bulk", "Safe" + unique, "bulk." + unique + "@example.com");
        JsonObject refused = data(KEY, "mutation($ids: [ID!]) { bulkUpdateClients(input: {ids: $ids, active_status: false}) { users { id } messages { field message } } }",
                vars("ids", Json.createArrayBuilder().add(id).add("987654321").build())).getJsonObject("bulkUpdateClients");
        assertThat(refused.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("ids");
        assertThat(count("Safe" + unique, "active")).isEqualTo(1);

        JsonObject missingField = data(KEY, "mutation($ids: [ID!]) { bulkUpdateClients(input: {ids: $ids}) { users { id } messages { field message } } }",
                vars("ids", Json.createArrayBuilder().add(id).build())).getJsonObject("bulkUpdateClients");
        assertThat(missingField.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("active_status");
    }

    @Test
    void keywordsMustAllMatchAndListsArePagedByTen() {
        String unique = Api.unique();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(Fixtures.createClient(KEY, "Page" + (char) ('a' + i), "Paged" + unique, "paged" + i + "." + unique + "@example.com"));
        }
        assertThat(ids).hasSize(12);
        String byName = "query($k: String, $o: Int, $s: String, $p: Boolean) { users(keywords: $k, offset: $o, sort_by: $s, should_paginate: $p) { id first_name } }";
        assertThat(data(KEY, byName, vars("k", "Paged" + unique, "o", 0, "s", "first_name_asc")).getJsonArray("users")).hasSize(10);
        List<JsonValue> second = data(KEY, byName, vars("k", "Paged" + unique, "o", 10, "s", "first_name_asc")).getJsonArray("users");
        assertThat(second).extracting(v -> v.asJsonObject().getString("first_name")).containsExactly("Pagek", "Pagel");
        assertThat(data(KEY, byName, vars("k", "Paged" + unique, "o", 0, "p", false)).getJsonArray("users")).hasSize(12);
        assertThat(data(KEY, byName, vars("k", "pagec paged" + unique)).getJsonArray("users")).hasSize(1);
        assertThat(data(KEY, byName, vars("k", "pagec nomatch" + unique)).getJsonArray("users")).isEmpty();
        assertThat(data(KEY, "{ users(show_all_by_default: false) { id } }", null).getJsonArray("users")).isEmpty();

        JsonObject badSort = graphql(KEY, byName, vars("k", unique, "s", "shoe_size"));
        assertThat(badSort.getJsonArray("errors").getJsonObject(0).getString("message")).contains("sort_by");
    }

    @Test
    void anotherOrganizationsPatientsAreNotFoundAndCannotBeChanged() {
        String unique = Api.unique();
        String id = Fixtures.createClient(KEY, "Home", "Org" + unique, "home." + unique + "@example.com");
        String otherKey = Fixtures.newOrganization("Elsewhere Clinic " + unique);

        JsonObject read = graphql(otherKey, "query($id: ID) { user(id: $id) { id first_name } }", vars("id", id));
        assertThat(read.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("NOT_FOUND");
        assertThat(read.toString()).doesNotContain("Home");

        JsonObject write = data(otherKey, UPDATE_CLIENT, vars("input", Json.createObjectBuilder().add("id", id).add("first_name", "Stolen").build()))
                .getJsonObject("updateClient");
        assertThat(write.isNull("user")).isTrue();
        assertThat(data(otherKey, "query($k: String) { usersCount(keywords: $k) }", vars("k", "Org" + unique)).getInt("usersCount")).isZero();
        assertThat(data(KEY, "query($id: ID) { user(id: $id) { first_name } }", vars("id", id)).getJsonObject("user").getString("first_name"))
                .isEqualTo("Home");
    }

    @Test
    void aPatientUpdatesTheirOwnAccountButCannotArchiveItOrChangeOthers() {
        String unique = Api.unique();
        String email = "self." + unique + "@example.com";
        String providerId = Fixtures.currentUserId(KEY);
        data(null, "mutation($e: String, $p: String, $d: String, $l: String) { signUp(input: {first_name: \"Self\", last_name: $l, email: $e, password: $p, role: \"patient\", dietitian_id: $d}) { user { id } } }",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD, "d", providerId, "l", "Service" + unique));
        String token = data(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) { token } }",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD)).getJsonObject("signIn").getString("token");

        JsonObject renamed = data(token, "mutation { updateUser(input: {legal_name: \"Selfie Service\", timezone: \"Europe/Berlin\"}) { user { legal_name timezone } messages { field message } } }", null)
                .getJsonObject("updateUser");
        assertThat(renamed.getJsonObject("user").getString("legal_name")).isEqualTo("Selfie Service");
        assertThat(renamed.getJsonObject("user").getString("timezone")).isEqualTo("Europe/Berlin");

        JsonObject badZone = data(token, "mutation { updateUser(input: {timezone: \"Mars/Base\"}) { user { id } messages { field message } } }", null)
                .getJsonObject("updateUser");
        assertThat(badZone.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("timezone");

        String other = Fixtures.createClient(KEY, "Some", "One" + unique, "some." + unique + "@example.com");
        JsonObject foreign = data(token, "mutation($id: ID) { updateUser(input: {id: $id, first_name: \"Hacked\"}) { user { id } messages { field message } } }",
                vars("id", other)).getJsonObject("updateUser");
        assertThat(foreign.isNull("user")).isTrue();
        JsonObject archive = graphql(token, "mutation($id: ID) { updateClient(input: {id: $id, active: false}) { user { id } } }", vars("id", other));
        assertThat(archive.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void onlyTheOperatorsSuperAdminsCreateOrganizations() {
        String otherKey = Fixtures.newOrganization("Not An Operator " + Api.unique());
        JsonObject refused = graphql(otherKey, "mutation { createOrganization(input: {name: \"x\", first_name: \"a\", last_name: \"b\", email: \"a@b.co\"}) { api_key } }", null);
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("FORBIDDEN");
    }

    private static int count(String keywords, String status) {
        return data(KEY, "query($k: String, $s: String) { usersCount(keywords: $k, active_status: $s) }",
                vars("k", keywords, "s", status)).getInt("usersCount");
    }
}
