package org.caregate.web.episodes;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caregate.episodes.api.EpisodeChanges;
import org.caregate.episodes.api.EpisodeView;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.web.solo.SoloJsonReader;

/** Solo's episode JSON (seed 004 "Episodes Of Care") to and from the episodes context's views. */
final class SoloEpisodeJson extends SoloJsonReader {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final Set<String> sent = new LinkedHashSet<>();
    private final List<FieldMessage> unreadable = new ArrayList<>();

    private SoloEpisodeJson() {
    }

    /** A create or update body: name, type, from, to (YYYY-MM-DD), status, objective, reasonIncomplete. */
    static EpisodeChanges read(String body) {
        return new SoloEpisodeJson().parse(body);
    }

    /** The body of an assignment: the episode's id, or none to take the appointment out of its episode. */
    static String episodeId(String body) {
        SoloEpisodeJson reader = new SoloEpisodeJson();
        String id = reader.text(reader.object(body), "episodeId");
        reader.check();
        return id;
    }

    private EpisodeChanges parse(String body) {
        JsonObject json = object(body);
        String name = text(json, "name");
        String type = text(json, "type");
        LocalDate from = date(json, "from");
        LocalDate to = date(json, "to");
        String status = text(json, "status");
        String objective = text(json, "objective");
        String reasonIncomplete = text(json, "reasonIncomplete");
        check();
        return new EpisodeChanges(name, type, from, to, status, objective, reasonIncomplete,
                new Reading(sent, unreadable));
    }

    /** A date as YYYY-MM-DD; anything else is the use case's to report, in its turn. */
    private LocalDate date(JsonObject json, String name) {
        String text = text(json, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        sent.add(name);
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            unreadable.add(new FieldMessage(name, "This value is not a valid date (YYYY-MM-DD)"));
            return null;
        }
    }

    /** What create answers. */
    static String created(EpisodeView episode) {
        return JSON.createObjectBuilder().add("episodeId", episode.id()).build().toString();
    }

    /** What an assignment answers (the seed prints no answer): the appointment and the episode it is now in. */
    static String assigned(AppointmentView appointment) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("appointmentId", appointment.id());
        nullable(json, "episodeOfCareId", appointment.episodeOfCareId());
        return json.build().toString();
    }

    /** The patient's episodes, as the list answers them. */
    static String list(List<EpisodeView> episodes) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (EpisodeView episode : episodes) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("id", episode.id());
            nullable(item, "patientId", patientId(episode));
            items.add(fields(item, episode));
        }
        return JSON.createObjectBuilder().add("episodes", items).build().toString();
    }

    /** One episode, as Get Episode answers it. */
    static String write(EpisodeView episode) {
        return single(episode).build().toString();
    }

    /** The episode and its appointments, each with whether it has a visit note. */
    static String withAppointments(EpisodeView episode, List<AppointmentView> appointments, Set<Long> withNotes) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (AppointmentView appointment : appointments) {
            JsonArrayBuilder reasons = JSON.createArrayBuilder();
            appointment.reasons().forEach(reasons::add);
            JsonObjectBuilder item = JSON.createObjectBuilder().add("appointmentId", appointment.id())
                    .add("date", appointment.start().getEpochSecond()).add("reasons", reasons)
                    .add("hasNotes", withNotes.contains(appointment.id()));
            nullable(item, "episodeOfCareId", appointment.episodeOfCareId());
            items.add(item);
        }
        return JSON.createObjectBuilder().add("episode", single(episode)).add("appointments", items).build()
                .toString();
    }

    private static JsonObjectBuilder single(EpisodeView episode) {
        JsonObjectBuilder json = fields(JSON.createObjectBuilder().add("id", episode.id()), episode)
                .add("soloPatientId", episode.patientId());
        nullable(json, "externalPatientId", episode.patientExternalId());
        return json;
    }

    private static JsonObjectBuilder fields(JsonObjectBuilder json, EpisodeView episode) {
        json.add("name", episode.name()).add("from", episode.from().toString());
        nullable(json, "to", episode.to() == null ? null : episode.to().toString());
        json.add("type", episode.type()).add("status", episode.status());
        nullable(json, "objective", episode.objective());
        nullable(json, "reasonIncomplete", episode.reasonIncomplete());
        return json;
    }

    /** The patient as Solo's list names it: the EHR's id, else Caregate's. */
    private static String patientId(EpisodeView episode) {
        return episode.patientExternalId() != null ? episode.patientExternalId() : Long.toString(episode.patientId());
    }
}
