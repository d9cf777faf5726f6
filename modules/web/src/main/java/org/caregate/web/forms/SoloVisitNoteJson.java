package org.caregate.web.forms;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caregate.forms.api.AnswerView;
import org.caregate.forms.api.QuestionView;
import org.caregate.forms.api.VisitNote;
import org.caregate.forms.api.VisitNoteAnswer;
import org.caregate.forms.api.VisitNoteSection;
import org.caregate.web.solo.SoloJsonReader;

/**
 * Solo's visit note JSON (seed 004 "Appointment Note") to and from forms' chart notes: the template's sections (as
 * forms divides them) and one response per answered question, its time in PHP's DateTime JSON form.
 */
final class SoloVisitNoteJson extends SoloJsonReader {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final DateTimeFormatter PHP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** What a PUT asks: the template by name and answers by question UUID. */
    record Update(String name, List<VisitNoteAnswer> answers) {
    }

    private SoloVisitNoteJson() {
    }

    static Update read(String body) {
        return new SoloVisitNoteJson().parse(body);
    }

    private Update parse(String body) {
        JsonObject json = object(body);
        String name = text(json, "name");
        List<VisitNoteAnswer> answers = new ArrayList<>();
        JsonValue questions = json.get("questions");
        if (questions == null || questions == JsonValue.NULL) {
            problem("questions", "This value should not be blank");
        } else if (!(questions instanceof JsonArray list)) {
            problem("questions", "This value should be of type array");
        } else {
            for (JsonValue item : list) {
                if (!(item instanceof JsonObject question)) {
                    problem("questions", "This value should be a list of objects {id, value}");
                    break;
                }
                String id = text(question, "id", "questions.id");
                List<String> values = values(question.get("value"));
                if (id != null && values != null) {
                    answers.add(new VisitNoteAnswer(id, values));
                }
            }
        }
        check();
        return new Update(name, answers);
    }

    /** An answer's values: a list of strings (numbers read as written), or one string. */
    private List<String> values(JsonValue value) {
        if (value instanceof JsonString string) {
            return List.of(string.getString());
        }
        if (value instanceof JsonArray array) {
            List<String> values = new ArrayList<>();
            for (JsonValue item : array) {
                if (item instanceof JsonString string) {
                    values.add(string.getString());
                } else if (item instanceof JsonNumber number) {
                    values.add(number.toString());
                } else {
                    problem("questions.value", "This value should be a list of strings");
                    return null;
                }
            }
            return values;
        }
        problem("questions.value", "This value should be of type array");
        return null;
    }

    /** The appointment's notes as GET answers them: the chart note, or none. */
    static String write(Optional<VisitNote> note) {
        JsonArrayBuilder notes = JSON.createArrayBuilder();
        note.ifPresent(n -> notes.add(note(n)));
        return notes.build().toString();
    }

    private static JsonObject note(VisitNote note) {
        JsonArrayBuilder sections = JSON.createArrayBuilder();
        for (VisitNoteSection section : note.sections()) {
            JsonArrayBuilder questions = JSON.createArrayBuilder();
            for (QuestionView question : section.questions()) {
                questions.add(JSON.createObjectBuilder().add("id", question.uuid()).add("label", question.label())
                        .add("type", question.modType()).add("required", question.required())
                        .add("options", options(question)));
            }
            sections.add(JSON.createObjectBuilder().add("name", section.name()).add("questions", questions));
        }
        ZoneId zone = ZoneId.of(note.zone());
        JsonArrayBuilder responses = JSON.createArrayBuilder();
        for (AnswerView answer : note.note().answers()) {
            if (!answer.answer().isBlank()) {
                responses.add(JSON.createObjectBuilder()
                        .add("dateTime", JSON.createObjectBuilder()
                                .add("date", PHP_DATE.format(answer.updatedAt().atZone(zone)))
                                .add("timezone_type", 3).add("timezone", zone.getId()))
                        .add("question", JSON.createArrayBuilder().add(note.sectionOf(answer.question()))
                                .add(answer.label()))
                        .add("response", JSON.createArrayBuilder(answer.answer().lines().toList())));
            }
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (note.template() != null) {
            json.add("id", note.template().uuid());
        } else {
            json.addNull("id");
        }
        return json.add("template", JSON.createObjectBuilder().add("name", note.note().name())
                        .add("flow", JSON.createObjectBuilder().add("sections", sections)))
                .add("comments", JSON.createArrayBuilder())
                .add("responses", responses)
                .add("formAnswerGroupId", note.note().id())
                .add("locked", note.note().locked())
                .add("signed", note.note().signed())
                .build();
    }

    private static JsonArrayBuilder options(QuestionView question) {
        JsonArrayBuilder options = JSON.createArrayBuilder();
        if (question.options() != null && !question.modType().equals("matrix")) {
            question.options().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(options::add);
        }
        return options;
    }
}
