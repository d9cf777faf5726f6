package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphqlResponse;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Passwords and sessions (issue 11, finding 3): changing one's own password needs the current one and ends one's
 * other sessions; {@code signOut} ends the session presented.
 */
class SessionsIT {

    private static final String ME = "{ user(or_current_user: true) { id email } }";
    private static final String CHANGE_PASSWORD = """
            mutation($p: String, $c: String) { updateUser(input: {password: $p, current_password: $c}) {
              user { id } messages { field message } } }""";
    private static final String SIGN_OUT = "mutation { signOut { success messages { field message } } }";
    private static final String NEW_PASSWORD = "an entirely different passphrase 77";

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        TwoDevices devices = TwoDevices.signIn();
        Clinic.Patient patient = devices.patient();
        String laptop = devices.laptop();

        JsonObject withoutCurrent = data(patient.token(), CHANGE_PASSWORD, vars("p", NEW_PASSWORD))
                .getJsonObject("updateUser");
        assertThat(withoutCurrent.getJsonArray("messages").getJsonObject(0).getString("field"))
                .isEqualTo("current_password");
        JsonObject wrongCurrent = data(patient.token(), CHANGE_PASSWORD, vars("p", NEW_PASSWORD,
                "c", "a guess that is wrong 12")).getJsonObject("updateUser");
        assertThat(wrongCurrent.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("is not your current password");
        assertThat(graphqlResponse(laptop, ME, null).statusCode()).as("refusals end nothing").isEqualTo(200);

        JsonObject changed = data(patient.token(), CHANGE_PASSWORD, vars("p", NEW_PASSWORD,
                "c", Fixtures.STRONG_PASSWORD)).getJsonObject("updateUser");
        assertThat(changed.isNull("messages")).as(changed.toString()).isTrue();

        assertThat(graphqlResponse(laptop, ME, null).statusCode()).isEqualTo(401);
        assertThat(data(patient.token(), ME, null).getJsonObject("user").getString("id")).isEqualTo(patient.id());
        assertThat(signIn(devices.email(), NEW_PASSWORD)).isNotBlank();
    }

    @Test
    void signingOutEndsThatSessionOnlyAndAnApiKeyIsNotASession() {
        TwoDevices devices = TwoDevices.signIn();
        Clinic.Patient patient = devices.patient();
        String laptop = devices.laptop();

        JsonObject signedOut = data(patient.token(), SIGN_OUT, null).getJsonObject("signOut");
        assertThat(signedOut.getBoolean("success")).isTrue();
        assertThat(graphqlResponse(patient.token(), ME, null).statusCode()).isEqualTo(401);
        assertThat(graphqlResponse(laptop, ME, null).statusCode()).isEqualTo(200);

        JsonObject withKey = data(devices.clinic().key, SIGN_OUT, null).getJsonObject("signOut");
        assertThat(withKey.getBoolean("success")).isFalse();
        assertThat(withKey.getJsonArray("messages").getJsonObject(0).getString("message")).contains("revokeApiKey");
        assertThat(graphqlResponse(devices.clinic().key, ME, null).statusCode()).isEqualTo(200);
        assertThat(graphqlResponse(null, SIGN_OUT, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionMintsAnApiKeyOnlyWithTheCurrentPassword() {
        TwoDevices devices = TwoDevices.signIn();
        String mint = """
                mutation($u: ID, $c: String) { createApiKey(input: {name: "diary", user_id: $u, current_password: $c}) {
                  api_key messages { field message } } }""";
        JsonObject refused = data(devices.patient().token(), mint, vars("u", devices.patient().id()))
                .getJsonObject("createApiKey");
        assertThat(refused.isNull("api_key")).isTrue();
        assertThat(refused.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("current_password");
        String key = data(devices.patient().token(), mint, vars("u", devices.patient().id(), "c",
                Fixtures.STRONG_PASSWORD)).getJsonObject("createApiKey").getString("api_key");
        assertThat(data(key, ME, null).getJsonObject("user").getString("id")).isEqualTo(devices.patient().id());
    }

    /** A patient of a new clinic signed in twice: the patient's own session, and a second one on a laptop. */
    private record TwoDevices(Clinic clinic, Clinic.Patient patient, String email, String laptop) {
        static TwoDevices signIn() {
            Clinic clinic = Clinic.open("UTC");
            Clinic.Patient patient = clinic.signedInPatient("UTC");
            String email = data(patient.token(), ME, null).getJsonObject("user").getString("email");
            return new TwoDevices(clinic, patient, email, SessionsIT.signIn(email, Fixtures.STRONG_PASSWORD));
        }
    }

    private static String signIn(String email, String password) {
        return data(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) { token } }",
                vars("e", email, "p", password)).getJsonObject("signIn").getString("token");
    }
}
