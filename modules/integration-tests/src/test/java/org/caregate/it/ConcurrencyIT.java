package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests racing for the same account, name or record leave the data consistent and get clear answers. */
class ConcurrencyIT {

    private static final String KEY = TestServer.BOOTSTRAP_KEY;

    @Test
    void racingToCreateTheSamePatientCreatesExactlyOne() throws Exception {
        String unique = Api.unique();
        List<JsonObject> answers = Concurrently.run(16, i -> graphql(KEY, """
                mutation($l: String, $e: String) { createClient(input: {first_name: "Race", last_name: $l, email: $e}) {
                  user { id } messages { field message } } }""",
                vars("l", "Condition" + unique, "e", "race." + unique + "@example.com")));
        long created = answers.stream().filter(a -> !a.getJsonObject("data").getJsonObject("createClient").isNull("user")).count();
        assertThat(created).isEqualTo(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.containsKey("errors")).as(a.toString()).isFalse());
        assertThat(answers.stream().filter(a -> a.getJsonObject("data").getJsonObject("createClient").isNull("user")))
                .allSatisfy(a -> assertThat(a.toString()).contains("already exists"));
        assertThat(data(KEY, "query($k: String) { usersCount(keywords: $k) }", vars("k", "Condition" + unique)).getInt("usersCount"))
                .isEqualTo(1);
    }

    @Test
    void racingToCreateTheSameTagCreatesExactlyOne() throws Exception {
        String name = "Race tag " + Api.unique();
        List<JsonObject> answers = Concurrently.run(16, i -> graphql(KEY,
                "mutation($n: String) { createTag(input: {name: $n}) { tag { id } messages { field message } } }", vars("n", name)));
        assertThat(answers).allSatisfy(a -> assertThat(a.containsKey("errors")).as(a.toString()).isFalse());
        assertThat(answers.stream().filter(a -> !a.getJsonObject("data").getJsonObject("createTag").isNull("tag"))).hasSize(1);
        assertThat(data(KEY, "{ tags { name } }", null).getJsonArray("tags").stream()
                .filter(t -> t.asJsonObject().getString("name").equals(name))).hasSize(1);
    }

    @Test
    void concurrentUpdatesOfOnePatientAllSucceedAndTheLastWriteWins() throws Exception {
        String unique = Api.unique();
        String id = Fixtures.createClient(KEY, "Start", "Writer" + unique, "w." + unique + "@example.com");
        List<JsonObject> answers = Concurrently.run(12, i -> graphql(KEY,
                "mutation($id: ID, $f: String) { updateClient(input: {id: $id, first_name: $f}) { user { first_name } messages { field message } } }",
                vars("id", id, "f", "Writer" + i)));
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.containsKey("errors")).as(a.toString()).isFalse();
            assertThat(a.getJsonObject("data").getJsonObject("updateClient").isNull("messages")).isTrue();
        });
        String last = data(KEY, "query($id: ID) { user(id: $id) { first_name } }", vars("id", id)).getJsonObject("user").getString("first_name");
        assertThat(last).matches("Writer([0-9]|1[01])");
    }

    @Test
    void racingSignUpsForTheSamePersonCreateOneAccount() throws Exception {
        String unique = Api.unique();
        String provider = Fixtures.currentUserId(KEY);
        List<JsonObject> answers = Concurrently.run(8, i -> graphql(null, """
                mutation($l: String, $e: String, $p: String, $d: String) { signUp(input: {first_name: "Twin", last_name: $l,
                  email: $e, password: $p, role: "patient", dietitian_id: $d}) { user { id } messages { field message } } }""",
                vars("l", "Signup" + unique, "e", "twin." + unique + "@example.com", "p", Fixtures.STRONG_PASSWORD, "d", provider)));
        assertThat(answers).allSatisfy(a -> assertThat(a.containsKey("errors")).as(a.toString()).isFalse());
        assertThat(answers.stream().filter(a -> !a.getJsonObject("data").getJsonObject("signUp").isNull("user"))).hasSize(1);
    }
}
