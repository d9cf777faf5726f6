package org.caregate.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.caregate.forms.api.DocumentFacade;
import org.caregate.forms.api.PatientDocument;
import org.caregate.web.security.CurrentCaller;
import org.caregate.web.solo.SoloJsonReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's patient documents (seed 004 "Patient Documents"): an EHR adds a named, dated set of questions and answers
 * to a patient's chart. It becomes a document about that patient (plain text), which Healthie's {@code documents}
 * lists with the patient's other documents.
 */
@ApplicationScoped
@Path("/v1/patients/{patient_id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patient Documents")
public class SoloPatientDocumentResource {

    private static final String EXAMPLE = """
            {"name": "document name", "dateTime": 1510367140, "responses": [{"question": "question 1",
              "response": "response to question 1"}]}""";

    @EJB
    DocumentFacade documents;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Add Patient Document", description = "All fields are required: name, dateTime (Unix "
            + "seconds), responses (question and response, each a string). patient_id is the EHR's patient id.")
    @APIResponse(responseCode = "200", description = "[]")
    @APIResponse(responseCode = "400", description = "{\"error\": {\"message\": \"Bad parameters [...]\"}}")
    public String add(@PathParam("patient_id") String patientId, @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "document", value = EXAMPLE)))
            String body) {
        documents.addPatientDocument(caller.get(), patientId, new Body(body).document());
        return "[]";
    }

    /** The body: {@code name}, {@code dateTime}, {@code responses}. */
    private static final class Body extends SoloJsonReader {

        private final JsonObject json;

        Body(String body) {
            this.json = object(body);
        }

        PatientDocument document() {
            String name = text(json, "name");
            Long dateTime = integer(json, "dateTime");
            List<PatientDocument.Response> responses = responses();
            check();
            return new PatientDocument(name, dateTime, responses);
        }

        private List<PatientDocument.Response> responses() {
            JsonValue value = json.get("responses");
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            if (!(value instanceof JsonArray array)) {
                problem("responses", "This value should be of type array");
                return null;
            }
            List<PatientDocument.Response> responses = new ArrayList<>();
            for (JsonValue item : array) {
                if (!(item instanceof JsonObject entry) || !(entry.get("question") instanceof JsonString question)
                        || !(entry.get("response") instanceof JsonString response)) {
                    problem("responses", "Each response needs a question and a response, both strings");
                    return null;
                }
                responses.add(new PatientDocument.Response(question.getString(), response.getString()));
            }
            return responses;
        }
    }
}
