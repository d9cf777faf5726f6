package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.vars;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The server log says what happened without keys or patient data, even when the database refuses a write. */
class LogsIT {

    @Test
    void neitherKeysNorPatientDetailsReachTheLog() throws Exception {
        String unique = Api.unique();
        String email = "private." + unique + "@example.com";
        // racing duplicates make PostgreSQL refuse an insert, whose error detail would quote the email and names
        Concurrently.run(8, i -> graphql(TestServer.BOOTSTRAP_KEY, """
                mutation($l: String, $e: String) { createClient(input: {first_name: "Secret", last_name: $l, email: $e}) {
                  user { id } messages { field message } } }""", vars("l", "Person" + unique, "e", email)));
        graphql(TestServer.BOOTSTRAP_KEY, "query($k: String) { users(keywords: $k) { id } }", vars("k", "Person" + unique));

        String log = Files.readString(TestServer.get().serverLog());
        assertThat(log).contains("POST /graphql 200");
        assertThat(log).doesNotContain(email).doesNotContain("person" + unique).doesNotContain("Person" + unique);
        assertThat(log).doesNotContain(TestServer.BOOTSTRAP_KEY);
    }

    @Test
    void visitTokensNeverReachTheAccessLog() throws Exception {
        // issue 11 finding 12: a visit link's token is a credential, and it is in the path
        String token = "probe" + Api.unique().replaceAll("[^A-Za-z0-9]", "");
        assertThat(Api.send(HttpRequest.newBuilder(Api.uri("/visit/" + token + "/state"))).statusCode()).isEqualTo(404);
        assertThat(Api.send(HttpRequest.newBuilder(Api.uri("/health/ready"))).statusCode()).isEqualTo(200);
        String log = Files.readString(TestServer.get().serverLog());
        assertThat(log).contains("GET /health/ready 200").doesNotContain(token);
    }
}
