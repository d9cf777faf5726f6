package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.rest;
import static org.caregate.it.Api.vars;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Solo's patients (seed 004) under /qapi/v1/patients, and the same patient over GraphQL. */
class SoloPatientsIT {

    private static final String KEY = TestServer.BOOTSTRAP_KEY;

    /** The seed's example body, with the patient's own id added as "Create Patient" requires. */
    static String seedPatient(String id, String email) {
        return """
                {
                "id": "%s",
                "mrn": "MRN-123",
                "accountNumber": "A-123",
                "name": [ { "use": "usual", "family": "Mike Shinoda", "firstName": "Mike", "middleName": "", "lastName": "Shinoda", "alias": "" } ],
                "birthDate": "1983-08-15",
                "gender": "male",
                "maritalStatus": "married",
                "telecom": [ { "use": "home", "system": "phone", "value": "+1 (111) 111-1111" },
                             { "use": "home", "system": "email", "value": "%s" } ],
                "contact": [ { "telecom": [ { "use": "home", "system": "phone", "value": "phone" },
                                            { "use": "home", "system": "email", "value": "someemail@email.email" } ], "name": [] } ],
                "preferredLanguage": "English",
                "race": "White",
                "ethnicity": "not Hispanic or Latino",
                "address": [ { "city": "New York", "use": "home", "apartment": "", "country": "USA", "state": "NY", "postalcode": "10019", "line": [ "123 Main St", "" ] } ],
                "active": true,
                "deceased": true,
                "deceasedAt": "2020-03-31 10:12 AM",
                "familyMember": false,
                "isLinkedByEmail": false,
                "sharedEmailGroup": { "type": "family", "name": "Family Name" }
                }""".formatted(id, email);
    }

    @Test
    void createReadAndUpdateByBothIdsAndSeeTheSamePatientOverGraphQl() {
        String ehrId = "EHR-" + Api.unique();
        String email = ehrId.toLowerCase() + "@company.com";
        HttpResponse<String> created = rest("POST", "/qapi/v1/patients", KEY, seedPatient(ehrId, email));
        assertThat(created.statusCode()).isEqualTo(200);
        long spid = Long.parseLong(created.body());

        JsonObject byId = json(rest("GET", "/qapi/v1/patients/" + ehrId, KEY, null).body());
        assertThat(byId.getString("mrn")).isEqualTo("MRN-123");
        assertThat(byId.getJsonArray("name").getJsonObject(0).getString("firstName")).isEqualTo("Mike");
        assertThat(byId.getString("birthDate")).isEqualTo("1983-08-15");
        assertThat(byId.getJsonArray("address").getJsonObject(0).getString("postalcode")).isEqualTo("10019");
        assertThat(byId.getJsonArray("contact")).hasSize(1);
        assertThat(byId.getBoolean("deceased")).isTrue();
        assertThat(byId.getString("deceasedAt")).isEqualTo("2020-03-31 10:12 AM");
        assertThat(byId.containsKey("sharedEmailGroup")).isTrue();

        JsonObject bySpid = json(rest("GET", "/qapi/v1/patients/id/type/SPID/value/" + spid, KEY, null).body());
        assertThat(bySpid.getString("ethnicity")).isEqualTo("not Hispanic or Latino");
        assertThat(bySpid.containsKey("groupType")).isTrue();

        JsonObject user = data(KEY, "query($id: ID) { user(id: $id) { id first_name last_name email dob gender is_patient } }",
                vars("id", Long.toString(spid))).getJsonObject("user");
        assertThat(user.getString("first_name")).isEqualTo("Mike");
        assertThat(user.getString("email")).isEqualTo(email);
        assertThat(user.getString("dob")).isEqualTo("1983-08-15");
        assertThat(user.getBoolean("is_patient")).isTrue();

        HttpResponse<String> updated = rest("PUT", "/qapi/v1/patients/" + ehrId, KEY,
                "{\"mrn\": \"MRN-456\", \"deceased\": false, \"preferredLanguage\": \"Spanish\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).isEqualTo("[]");
        JsonObject after = json(rest("GET", "/qapi/v1/patients/id/type/SPID/value/" + spid, KEY, null).body());
        assertThat(after.getString("mrn")).isEqualTo("MRN-456");
        assertThat(after.getString("preferredLanguage")).isEqualTo("Spanish");
        assertThat(after.getBoolean("deceased")).isFalse();
        assertThat(after.isNull("deceasedAt")).isTrue();

        assertThat(rest("PUT", "/qapi/v1/patients/id/type/SPID/value/" + spid, KEY, "{\"race\": \"Asian\"}").statusCode()).isEqualTo(200);
        assertThat(json(rest("GET", "/qapi/v1/patients/" + ehrId, KEY, null).body()).getString("race")).isEqualTo("Asian");

        // a GraphQL change shows over REST
        data(KEY, "mutation($id: ID) { updateClient(input: {id: $id, first_name: \"Michael\"}) { user { id } } }",
                vars("id", Long.toString(spid)));
        assertThat(json(rest("GET", "/qapi/v1/patients/" + ehrId, KEY, null).body()).getJsonArray("name").toString())
                .contains("Michael");
    }

    @Test
    void deceasedAtWithoutDeceasedIsRefusedInSolosShapeAndChangesNothing() {
        String ehrId = "EHR-" + Api.unique();
        String body = seedPatient(ehrId, ehrId + "@company.com").replace("\"deceased\": true,", "\"deceased\": false,");
        HttpResponse<String> refused = rest("POST", "/qapi/v1/patients", KEY, body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused.body()).getJsonObject("error").getString("message")).contains("deceasedAt");
        assertThat(rest("GET", "/qapi/v1/patients/" + ehrId, KEY, null).statusCode()).isEqualTo(404);

        HttpResponse<String> missing = rest("POST", "/qapi/v1/patients", KEY,
                seedPatient(ehrId, ehrId + "@company.com").replace("\"deceasedAt\": \"2020-03-31 10:12 AM\",", ""));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing.body()).getJsonObject("error").getString("message")).contains("deceasedAt");
    }

    @Test
    void malformedAndIncompleteBodiesAreRefused() {
        assertThat(json(rest("POST", "/qapi/v1/patients", KEY, "{not json").body()).getJsonObject("error").getString("message"))
                .contains("Malformed JSON");
        HttpResponse<String> noId = rest("POST", "/qapi/v1/patients", KEY, "{\"name\": [{\"firstName\": \"A\", \"lastName\": \"B\"}]}");
        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(noId.body()).contains("id: This value should not be blank");
        HttpResponse<String> wrongType = rest("POST", "/qapi/v1/patients", KEY, "{\"id\": \"x\", \"active\": \"yes\", \"name\": [{\"firstName\": \"A\", \"lastName\": \"B\"}]}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("active: This value should be of type boolean");

        String ehrId = "EHR-" + Api.unique();
        assertThat(rest("POST", "/qapi/v1/patients", KEY, seedPatient(ehrId, ehrId + "@company.com")).statusCode()).isEqualTo(200);
        HttpResponse<String> again = rest("POST", "/qapi/v1/patients", KEY, seedPatient(ehrId, "x" + ehrId + "@company.com"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("already exists");
    }

    @Test
    void protocolErrorsComeInSolosShapeToo() {
        HttpResponse<String> wrongType = Api.send(java.net.http.HttpRequest.newBuilder(Api.uri("/qapi/v1/patients"))
                .header("Content-Type", "text/plain").header("Api-Key", KEY)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")));
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(json(wrongType.body()).getJsonObject("error").getString("message")).contains("application/json");
        HttpResponse<String> unknownPath = rest("GET", "/qapi/v1/nothing-here", KEY, null);
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(json(unknownPath.body()).getJsonObject("error").getString("message")).isEqualTo("Not found");
        HttpResponse<String> wrongMethod = rest("DELETE", "/qapi/v1/patients/someone", KEY, null);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(json(wrongMethod.body()).getJsonObject("error").getString("message")).isEqualTo("Method not allowed");
    }

    @Test
    void unknownPatientsAndOtherOrganizationsPatientsAreNotFound() {
        assertThat(rest("GET", "/qapi/v1/patients/id/type/SPID/value/abc", KEY, null).statusCode()).isEqualTo(404);
        assertThat(json(rest("GET", "/qapi/v1/patients/nobody", KEY, null).body()).getJsonObject("error").getString("message"))
                .isEqualTo("Patient not found");

        String ehrId = "EHR-" + Api.unique();
        String spid = rest("POST", "/qapi/v1/patients", KEY, seedPatient(ehrId, ehrId + "@company.com")).body();
        String otherKey = Fixtures.newOrganization("Solo Elsewhere " + Api.unique());
        assertThat(rest("GET", "/qapi/v1/patients/" + ehrId, otherKey, null).statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/qapi/v1/patients/id/type/SPID/value/" + spid, otherKey, null).statusCode()).isEqualTo(404);
        assertThat(rest("PUT", "/qapi/v1/patients/" + ehrId, otherKey, "{\"mrn\": \"stolen\"}").statusCode()).isEqualTo(404);
        assertThat(json(rest("GET", "/qapi/v1/patients/" + ehrId, KEY, null).body()).getString("mrn")).isEqualTo("MRN-123");
    }
}
