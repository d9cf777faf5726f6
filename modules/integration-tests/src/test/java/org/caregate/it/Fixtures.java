package org.caregate.it;

import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Data the tests set up through the public API, each with its own unique names. */
public final class Fixtures {

    /** A password zxcvbn rates strong. */
    public static final String STRONG_PASSWORD = "correct horse battery staple 42!";

    private Fixtures() {
    }

    /** A seed example operation stored under {@code seed-examples/}. */
    public static String seedExample(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/seed-examples/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed example " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the user the key acts as. */
    public static String currentUserId(String key) {
        return data(key, "{ user(or_current_user: true) { id } }", null).getJsonObject("user").getString("id");
    }

    /**
     * Adds a patient with {@code createClient}, without the welcome email ({@code dont_send_welcome}: the suites that
     * count a patient's emails count only theirs); returns its id.
     */
    public static String createClient(String key, String first, String last, String email) {
        JsonObject payload = data(key, """
                mutation($first: String, $last: String, $email: String) {
                  createClient(input: {first_name: $first, last_name: $last, email: $email, dont_send_welcome: true}) {
                    user { id } messages { field message } } }""",
                vars("first", first, "last", last, "email", email)).getJsonObject("createClient");
        if (!payload.isNull("messages")) {
            throw new AssertionError("createClient refused: " + payload.get("messages"));
        }
        return payload.getJsonObject("user").getString("id");
    }

    /** A new organization created by the installation's operator; returns its owner's API key. */
    public static String newOrganization(String name) {
        JsonObject payload = data(TestServer.BOOTSTRAP_KEY, """
                mutation($name: String, $email: String) {
                  createOrganization(input: {name: $name, first_name: "Olivia", last_name: "Owner", email: $email}) {
                    organization { id } api_key messages { field message } } }""",
                vars("name", name, "email", "owner-" + Api.unique() + "@example.org")).getJsonObject("createOrganization");
        if (!payload.isNull("messages")) {
            throw new AssertionError("createOrganization refused: " + payload.get("messages"));
        }
        return payload.getString("api_key");
    }
}
