package org.caregate.web.scheduling;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import org.caregate.identity.api.UserView;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.EhrAppointment;
import org.caregate.visits.api.VideoCallView;
import org.caregate.visits.api.VisitLinks;
import org.caregate.web.identity.SoloPatientJson;
import org.caregate.web.solo.SoloJsonReader;

/** Solo's appointment JSON (seed 004 "Appointments", "Single Appointment") to and from scheduling's views. */
final class SoloAppointmentJson extends SoloJsonReader {

    private static final JsonProvider JSON = JsonProvider.provider();

    private SoloAppointmentJson() {
    }

    /**
     * A create or update body: date, reasons, duration, waitingRoom, externalId, episodeOfCareId, accountNumber,
     * status, videoCall.status.
     */
    static EhrAppointment read(String body) {
        return new SoloAppointmentJson().parse(body);
    }

    private EhrAppointment parse(String body) {
        JsonObject json = object(body);
        Long duration = integer(json, "duration");
        if (duration != null && (duration < 1 || duration > 86_400)) {
            problem("duration", "should be in range [1, 86400]");
        }
        EhrAppointment appointment = new EhrAppointment(text(json, "waitingRoom"), integer(json, "date"),
                duration == null || duration < 1 || duration > 86_400 ? null : duration.intValue(),
                strings(json, "reasons"), text(json, "externalId"), text(json, "episodeOfCareId"),
                text(json, "accountNumber"), text(json, "status"), videoCallStatus(json));
        check();
        return appointment;
    }

    /** {@code videoCall.status} of an update (Caregate: staff hold or release the call), or null. */
    private String videoCallStatus(JsonObject json) {
        JsonValue videoCall = json.get("videoCall");
        if (videoCall == null || videoCall == JsonValue.NULL) {
            return null;
        }
        if (!(videoCall instanceof JsonObject call)) {
            problem("videoCall", "This value should be of type object");
            return null;
        }
        return text(call, "status", "videoCall.status");
    }

    /** What create and update answer: the id and the patient's visit link. */
    static String created(AppointmentView appointment, VisitLinks links) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", appointment.id());
        nullable(json, "visitUrl", links.patientVisitUrl());
        return json.build().toString();
    }

    /** The provider's link of a visit, as Solo's provider-link answers it. */
    static String providerLink(VisitLinks links) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", links.appointmentId());
        nullable(json, "providerVisitUrl", links.providerVisitUrl());
        return json.build().toString();
    }

    /** Both links of a visit, as Solo's video-call-links answer them. */
    static String links(VisitLinks links) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        nullable(json, "appointmentExternalId", links.appointmentExternalId());
        nullable(json, "providerVisitUrl", links.providerVisitUrl());
        nullable(json, "patientVisitUrl", links.patientVisitUrl());
        return json.build().toString();
    }

    /** The full appointment as Solo's GET answers it. */
    static String write(AppointmentView appointment, VideoCallView videoCall, UserView patient, List<UserView> providers) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", appointment.id())
                .add("date", appointment.start().getEpochSecond())
                .add("duration", appointment.end().getEpochSecond() - appointment.start().getEpochSecond());
        JsonArrayBuilder reasons = JSON.createArrayBuilder();
        appointment.reasons().forEach(reasons::add);
        json.add("reasons", reasons).add("status", appointment.soloStatus());
        json.add("videoCall", videoCall == null ? JsonValue.NULL : JSON.createObjectBuilder().add("id", videoCall.id())
                .add("status", videoCall.status()).build());
        nullable(json, "externalId", appointment.externalId());
        nullable(json, "accountNumber", appointment.accountNumber());
        nullable(json, "episodeOfCareId", appointment.episodeOfCareId());
        if (patient == null) {
            json.add("patient", JsonValue.NULL);
        } else {
            try (JsonReader reader = JSON.createReader(new StringReader(SoloPatientJson.write(patient, true)))) {
                json.add("patient", JSON.createObjectBuilder()
                        .add("id", patient.externalId() != null ? patient.externalId() : Long.toString(patient.id()))
                        .add("demographics", reader.readObject()));
            }
        }
        JsonArrayBuilder people = JSON.createArrayBuilder();
        for (UserView provider : providers) {
            JsonObjectBuilder person = JSON.createObjectBuilder().add("id", Long.toString(provider.id()));
            nullable(person, "email", provider.email());
            people.add(person.add("firstName", provider.firstName()).add("middleName", "")
                    .add("lastName", provider.lastName()));
        }
        return json.add("providers", people).build().toString();
    }
}
