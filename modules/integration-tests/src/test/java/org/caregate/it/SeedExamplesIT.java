package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every identity example operation of seeds 001 and 002, pasted as the seed prints it, validates against the live
 * schema and does what the prose says.
 */
class SeedExamplesIT {

    private static final String KEY = TestServer.BOOTSTRAP_KEY;
    private static String ownerId;

    @BeforeAll
    static void owner() {
        ownerId = Fixtures.currentUserId(KEY);
    }

    @Test
    void createClient() {
        for (String file : new String[] {"001-createClient.graphql", "002-createClient.graphql"}) {
            String unique = Api.unique();
            JsonObject payload = data(KEY, seedExample(file), vars("first_name", "Jonas", "last_name", "Salk" + unique,
                    "email", "jonas." + unique + "@example.com", "phone_number", "555-444-2244",
                    "dietitian_id", ownerId, "dont_send_welcome", true)).getJsonObject("createClient");
            assertThat(payload.isNull("messages")).as(file).isTrue();
            assertThat(payload.getJsonObject("user").getString("id")).as(file).isNotBlank();
        }
    }

    @Test
    void signUp() {
        for (String file : new String[] {"001-signUp.graphql", "002-signUp.graphql"}) {
            String unique = Api.unique();
            // The seed's signUp example declares $provider_type without using it, which every GraphQL server
            // must refuse (spec 5.8.4, "All Variables Used"); the example is sent with that declaration removed.
            String operation = seedExample(file).replaceFirst("\\$provider_type: String,?", "");
            JsonObject payload = data(null, operation, vars("first_name", "Ada", "last_name", "Lovelace" + unique,
                    "email", "ada." + unique + "@example.com", "password", Fixtures.STRONG_PASSWORD, "role", "patient",
                    "dietitian_id", ownerId, "timezone", "America/New_York")).getJsonObject("signUp");
            assertThat(payload.isNull("messages")).as(file + ": " + payload).isTrue();
            assertThat(payload.getJsonObject("user").getString("id")).isNotBlank();
        }
    }

    @Test
    void getUser() {
        String unique = Api.unique();
        String id = Fixtures.createClient(KEY, "Grace", "Hopper" + unique, "grace." + unique + "@example.com");
        for (String file : new String[] {"001-getUser.graphql", "002-getUser.graphql"}) {
            JsonObject user = data(KEY, seedExample(file), vars("id", id)).getJsonObject("user");
            assertThat(user.getString("id")).isEqualTo(id);
            assertThat(user.getString("last_name")).isEqualTo("Hopper" + unique);
            assertThat(user.getString("email")).isEqualTo("grace." + unique + "@example.com");
            assertThat(user.isNull("next_appt_date")).isTrue();
        }
    }

    @Test
    void updateClient() {
        String unique = Api.unique();
        String id = Fixtures.createClient(KEY, "Mary", "Shelley" + unique, "mary." + unique + "@example.com");
        for (String file : new String[] {"001-updateClient.graphql", "002-updateClient.graphql"}) {
            JsonObject user = data(KEY, seedExample(file), vars("id", id, "first_name", "Mary " + file.substring(0, 3),
                    "legal_name", "Mary Wollstonecraft Shelley")).getJsonObject("updateClient").getJsonObject("user");
            assertThat(user.getString("first_name")).isEqualTo("Mary " + file.substring(0, 3));
            assertThat(user.getString("legal_name")).isEqualTo("Mary Wollstonecraft Shelley");
            assertThat(user.getString("last_name")).isEqualTo("Shelley" + unique);
        }
    }

    @Test
    void bulkUpdateClients() {
        String unique = Api.unique();
        String first = Fixtures.createClient(KEY, "Bulk", "One" + unique, "bulk1." + unique + "@example.com");
        String second = Fixtures.createClient(KEY, "Bulk", "Two" + unique, "bulk2." + unique + "@example.com");
        for (String file : new String[] {"001-bulkUpdateClients.graphql", "002-bulkUpdateClients.graphql"}) {
            JsonObject payload = data(KEY, seedExample(file), vars("ids", Json.createArrayBuilder().add(first).add(second).build(),
                    "active_status", false)).getJsonObject("bulkUpdateClients");
            assertThat(payload.getJsonArray("users")).hasSize(2);
        }
        assertThat(data(KEY, "query($k: String) { usersCount(keywords: $k, active_status: \"archived\") }",
                vars("k", unique)).getInt("usersCount")).isEqualTo(2);
    }

    @Test
    void updateUser() {
        String unique = Api.unique();
        String id = Fixtures.createClient(KEY, "Rosalind", "Franklin" + unique, "rosalind." + unique + "@example.com");
        for (String file : new String[] {"001-updateUser.graphql", "002-updateUser.graphql"}) {
            JsonObject payload = data(KEY, seedExample(file), vars("id", id, "legal_name", "Rosalind Elsie Franklin"))
                    .getJsonObject("updateUser");
            assertThat(payload.getJsonObject("user").getString("id")).isEqualTo(id);
        }
        assertThat(data(KEY, "query($id: ID) { user(id: $id) { legal_name } }", vars("id", id))
                .getJsonObject("user").getString("legal_name")).isEqualTo("Rosalind Elsie Franklin");
    }

    @Test
    void usersAndSearch() {
        String unique = Api.unique();
        String id = Fixtures.createClient(KEY, "Louis", "Pasteur" + unique, "louis." + unique + "@example.com");
        for (String file : new String[] {"001-users.graphql", "002-users.graphql"}) {
            JsonObject answer = data(KEY, seedExample(file), vars("offset", 0, "keywords", "louis pasteur" + unique,
                    "sort_by", "last_name_asc", "active_status", "active", "should_paginate", true));
            assertThat(answer.getInt("usersCount")).isEqualTo(1);
            assertThat(answer.getJsonArray("users").getJsonObject(0).getString("id")).isEqualTo(id);
        }
        for (String file : new String[] {"001-usersSearch.graphql", "002-usersSearch.graphql"}) {
            assertThat(data(KEY, seedExample(file), vars("keywords", "Pasteur" + unique)).getJsonArray("users"))
                    .extracting(v -> v.asJsonObject().getString("id")).containsExactly(id);
        }
    }

    @Test
    void createApiKey() {
        JsonObject payload = data(KEY, seedExample("001-createApiKey.graphql"), vars("name", "seed example", "user_id", ownerId))
                .getJsonObject("createApiKey");
        String key = payload.getString("api_key");
        assertThat(payload.getJsonObject("api_key_object").getString("displayable_key"))
                .startsWith(key.substring(0, 6)).doesNotContain(key);
        assertThat(Fixtures.currentUserId(key)).isEqualTo(ownerId);
    }

    @Test
    void getOrganization() {
        JsonObject organization = data(KEY, seedExample("001-getOrganization.graphql"), vars("id", null))
                .getJsonObject("organization");
        assertThat(organization.getString("name")).isEqualTo("Caregate");
        assertThat(organization.getJsonObject("location")).isNotNull();
    }
}
