package org.caregate.web.perfectanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PerfectAnswerRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String LOCATION = "3f2c8d1e-6b7a-4c59-9e1d-2a4b6c8d0e1f";

    private static String body(String locationId, String extra) {
        return """
                {"firstName": "John", "lastName": "Doe", "dob": "2001-01-20", "locationId": %s, "mrn": "AA-00000001",
                 "physicianCallbackNumber": "+1-202-555-0150", "requestingProvider": "Bob Dylan",
                 "callCenterNotified": "2019-12-03T14:32:12Z", "physicianNotified": "2019-12-03T14:32:12Z",
                 "patientLocation": "Patient location", "consultType": "new", "reason": "EEG Stat",
                 "caller": "Caller name"%s}""".formatted(locationId, extra);
    }

    private static String problems(String body) {
        try {
            PerfectAnswerRequest.read(body, TODAY);
        } catch (InvalidInputException e) {
            return String.join(" ", e.problems().stream().map(p -> p.field() + ": " + p.message() + ".").toList());
        }
        throw new AssertionError("accepted: " + body);
    }

    @Test
    void theSeedsExampleIsReadWithEveryFieldAsATagValue() {
        PerfectAnswerRequest request = PerfectAnswerRequest.read(body("\"" + LOCATION + "\"", ""), TODAY);

        assertThat(request.geolocationId()).isEqualTo(UUID.fromString(LOCATION));
        assertThat(request.dob()).isEqualTo(LocalDate.of(2001, 1, 20));
        assertThat(request.reason()).isEqualTo("EEG Stat");
        assertThat(request.patientRecord().mrn()).isEqualTo("AA-00000001");
        assertThat(request.patientRecord().externalId()).isNull();
        assertThat(request.values()).containsEntry("firstName", "John").containsEntry("dob", "2001-01-20")
                .containsEntry("locationId", LOCATION).containsEntry("requestingProvider", "Bob Dylan")
                .containsEntry("callCenterNotified", "2019-12-03T14:32:12Z").containsEntry("consultType", "new")
                .containsEntry("caller", "Caller name").hasSize(13);
    }

    @Test
    void theSeedsLocationIdIsNotAValidUuidInTheSeedsWords() {
        assertThat(problems(body("\"123\"", ""))).isEqualTo("locationId: This is not a valid UUID.");
        assertThat(problems(body("123", ""))).isEqualTo("locationId: This is not a valid UUID.");
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        PerfectAnswerRequest request = PerfectAnswerRequest.read("""
                {"firstName": "A", "lastName": "B", "dob": "1950-02-03", "locationId": "%s", "mrn": "M1",
                 "requestingProvider": "P", "consultType": "update", "reason": "Stroke"}""".formatted(LOCATION), TODAY);

        assertThat(request.values()).doesNotContainKeys("caller", "patientLocation", "callCenterNotified");
    }

    @Test
    void everyProblemIsNamedInOneRefusalInTheSeedsOrder() {
        assertThat(problems("{}")).isEqualTo("firstName: This value should not be blank. lastName: This value should "
                + "not be blank. dob: This value should not be blank. locationId: This value should not be blank. mrn: "
                + "This value should not be blank. requestingProvider: This value should not be blank. consultType: This "
                + "value should not be blank. reason: This value should not be blank.");
        assertThat(problems(body("\"" + LOCATION + "\"", ", \"reason\": \"Headache\"").replace("\"reason\": \"EEG Stat\",", "")))
                .isEqualTo("reason: The value you selected is not a valid choice.");
        assertThat(problems("""
                {"firstName": "A", "lastName": ["B"], "dob": "2001-02-30", "locationId": "%s", "mrn": "M1",
                 "requestingProvider": "P", "consultType": "old", "reason": "Stroke",
                 "callCenterNotified": "yesterday", "caller": "%s"}""".formatted(LOCATION, "c".repeat(256))))
                .isEqualTo("lastName: This value should be of type string. dob: This value is not a valid date. "
                        + "callCenterNotified: This value is not a valid datetime. consultType: The value you selected "
                        + "is not a valid choice. caller: This value is too long. It should have 255 characters or less.");
    }

    @Test
    void aDateOfBirthIsNeitherInTheFutureNorBefore1900() {
        assertThat(problems(body("\"" + LOCATION + "\"", "").replace("2001-01-20", "2026-12-02")))
                .isEqualTo("dob: This value is not a valid date.");
        assertThat(problems(body("\"" + LOCATION + "\"", "").replace("2001-01-20", "1899-12-31")))
                .isEqualTo("dob: This value is not a valid date.");
    }

    @Test
    void aBodyThatIsNoObjectIsRefused() {
        assertThatThrownBy(() -> PerfectAnswerRequest.read("[1]", TODAY)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0)).isEqualTo(
                        new FieldMessage("body", "A JSON object is required"));
    }
}
