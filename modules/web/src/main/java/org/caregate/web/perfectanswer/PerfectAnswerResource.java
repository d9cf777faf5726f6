package org.caregate.web.perfectanswer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.caregate.kernel.input.Access;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Solo's perfect answer (seed 004 "Perfect answer API"): {@code POST /qapi/v1/perfect-answer}. */
@ApplicationScoped
@Path("/v1/perfect-answer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Integrations")
public class PerfectAnswerResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    static final String EXAMPLE = """
            {"firstName": "John", "lastName": "Doe", "dob": "2001-01-20",
             "locationId": "3f2c8d1e-6b7a-4c59-9e1d-2a4b6c8d0e1f", "mrn": "AA-00000001",
             "physicianCallbackNumber": "+1-202-555-0150", "requestingProvider": "Bob Dylan",
             "callCenterNotified": "2019-12-03T14:32:12Z", "physicianNotified": "2019-12-03T14:32:12Z",
             "patientLocation": "Patient location", "consultType": "new", "reason": "EEG Stat", "caller": "Caller name"}""";

    @Inject
    PerfectAnswer perfectAnswer;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Perfect answer API", description = "Creates or updates the patient by mrn, creates the "
            + "visit now in the waiting room whose location has the geolocation id locationId (a UUID), attaches the "
            + "room's template for the reason with its tagged questions answered from the request's fields, and "
            + "answers the patient's and the visit's ids. Refused when a perfect answer created a visit for the patient "
            + "in the last 24 hours. Required: firstName, lastName, dob (YYYY-MM-DD), locationId, mrn, "
            + "requestingProvider, consultType (new, update), reason (Stroke, EEG Stat, EEG Routine).")
    @APIResponse(responseCode = "200", description = "{\"patientId\": \"uuid\", \"encounterId\": \"uuid\"}")
    @APIResponse(responseCode = "400", description = "{\"error\": {\"message\": \"Bad parameters [locationId: This is "
            + "not a valid UUID.]\"}} or {\"error\": {\"message\": \"A visit has already been created for the patient "
            + "within 24 hours\"}}")
    public String answer(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "perfect answer", value = EXAMPLE))) String body) {
        // as the use case refuses: a patient or nobody hears so before their body is judged
        Access.requireMember(caller.get());
        PerfectAnswerRequest request = PerfectAnswerRequest.read(body, LocalDate.now(ZoneOffset.UTC));
        PerfectAnswer.Answer answer = perfectAnswer.answer(caller.get(), request);
        return JSON.createObjectBuilder().add("patientId", answer.patientId().toString())
                .add("encounterId", answer.encounterId().toString()).build().toString();
    }
}
