package org.caregate.web.identity;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caregate.identity.api.PatientRecord;
import org.caregate.identity.api.UserView;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.web.solo.SoloJsonReader;

/**
 * Solo's patient JSON (seed 004 "Patient") to and from Caregate's patient record. Names, email and phone come
 * from the {@code usual} name and the {@code telecom} entries; the lists themselves are kept as sent so that a
 * GET returns what a PUT stored.
 */
public final class SoloPatientJson extends SoloJsonReader {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Solo's {@code deceasedAt} format, e.g. "2020-03-31 10:12 AM". */
    static final DateTimeFormatter DECEASED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd hh:mm a", Locale.US);
    private static final String[] LISTS = {"name", "telecom", "contact", "address"};

    private SoloPatientJson() {
    }

    /**
     * Reads a request body.
     *
     * @param requireId whether the patient's own id ({@code id}) must be present (on create)
     * @throws InvalidInputException listing every malformed field
     */
    static PatientRecord read(String body, boolean requireId) {
        return new SoloPatientJson().parse(body, requireId);
    }

    private PatientRecord parse(String body, boolean requireId) {
        JsonObject json = object(body);
        String id = text(json, "id");
        if (requireId && (id == null || id.isBlank())) {
            problem("id", "This value should not be blank");
        }
        JsonObject usualName = usualName(json);
        String first = usualName != null ? text(usualName, "firstName", "name.firstName") : null;
        String last = usualName != null ? text(usualName, "lastName", "name.lastName") : null;
        if (requireId && usualName == null) {
            problem("name", "At least one name with firstName and lastName is required");
        }
        LocalDate birthDate = date(json, "birthDate");
        LocalDateTime deceasedAt = deceasedAt(json);
        String email = telecom(json, "email");
        String phone = telecom(json, "phone");
        String groupType = text(json, "groupType");
        String groupName = text(json, "groupName");
        JsonValue shared = json.get("sharedEmailGroup");
        if (shared instanceof JsonObject group) {
            groupType = text(group, "type", "sharedEmailGroup.type");
            groupName = text(group, "name", "sharedEmailGroup.name");
        } else if (shared != null && shared != JsonValue.NULL) {
            problem("sharedEmailGroup", "This value should be an object or null");
        }
        PatientRecord record = new PatientRecord(id, text(json, "mrn"), text(json, "accountNumber"), first, last,
                birthDate, text(json, "gender"), text(json, "maritalStatus"), email, phone,
                text(json, "preferredLanguage"), text(json, "race"), text(json, "ethnicity"),
                bool(json, "active"), bool(json, "deceased"), deceasedAt, bool(json, "isLinkedByEmail"),
                groupType, groupName, lists(json));
        bool(json, "familyMember");
        check();
        return record;
    }

    /** The patient as Solo's GET answers it; {@code groupAsObject} chooses between the two shapes the seed shows. */
    public static String write(UserView patient, boolean groupAsObject) {
        JsonObject lists = readLists(patient.demographicsJson());
        JsonObjectBuilder json = JSON.createObjectBuilder();
        nullable(json, "mrn", patient.mrn());
        nullable(json, "accountNumber", patient.accountNumber());
        json.add("name", names(patient, lists));
        nullable(json, "birthDate", patient.dob() != null ? patient.dob().toString() : null);
        nullable(json, "gender", patient.gender());
        nullable(json, "maritalStatus", patient.maritalStatus());
        json.add("telecom", telecoms(patient, lists));
        json.add("contact", lists.containsKey("contact") ? lists.getJsonArray("contact") : JsonValue.EMPTY_JSON_ARRAY);
        nullable(json, "preferredLanguage", patient.preferredLanguage());
        nullable(json, "race", patient.race());
        nullable(json, "ethnicity", patient.ethnicity());
        json.add("address", lists.containsKey("address") ? lists.getJsonArray("address") : JsonValue.EMPTY_JSON_ARRAY);
        json.add("active", patient.active());
        json.add("deceased", patient.deceased());
        nullable(json, "deceasedAt", patient.deceasedAt() != null ? patient.deceasedAt().format(DECEASED_AT) : null);
        json.add("familyMember", false);
        json.add("isLinkedByEmail", patient.linkedByEmail());
        if (groupAsObject) {
            json.add("sharedEmailGroup", patient.linkedByEmail()
                    ? JSON.createObjectBuilder().add("type", orEmpty(patient.sharedEmailGroupType()))
                            .add("name", orEmpty(patient.sharedEmailGroupName())).build()
                    : JsonValue.NULL);
        } else {
            nullable(json, "groupType", patient.sharedEmailGroupType());
            nullable(json, "groupName", patient.sharedEmailGroupName());
        }
        return json.build().toString();
    }

    /**
     * The names as last sent, with the usual one showing the patient's current first and last name (which GraphQL
     * may have changed since).
     */
    private static JsonArray names(UserView patient, JsonObject lists) {
        JsonArray sent = lists.containsKey("name") ? lists.getJsonArray("name") : JsonValue.EMPTY_JSON_ARRAY;
        int usual = 0;
        for (int i = 0; i < sent.size(); i++) {
            if ("usual".equals(sent.getJsonObject(i).getString("use", null))) {
                usual = i;
                break;
            }
        }
        JsonArrayBuilder names = JSON.createArrayBuilder();
        for (int i = 0; i < sent.size(); i++) {
            names.add(i == usual ? withCurrentName(sent.getJsonObject(i), patient) : sent.get(i));
        }
        if (sent.isEmpty()) {
            names.add(JSON.createObjectBuilder().add("use", "usual").add("family", patient.fullName())
                    .add("firstName", patient.firstName()).add("middleName", "").add("lastName", patient.lastName())
                    .add("alias", ""));
        }
        return names.build();
    }

    private static JsonObject withCurrentName(JsonObject name, UserView patient) {
        JsonObjectBuilder current = JSON.createObjectBuilder(name)
                .add("firstName", patient.firstName())
                .add("lastName", patient.lastName());
        if (!name.containsKey("family") || !(name.get("family") instanceof JsonString)) {
            current.add("family", patient.fullName());
        }
        return current.build();
    }

    /** The telecoms as last sent, with the first email and phone showing the patient's current ones. */
    private static JsonArray telecoms(UserView patient, JsonObject lists) {
        JsonArray sent = lists.containsKey("telecom") ? lists.getJsonArray("telecom") : JsonValue.EMPTY_JSON_ARRAY;
        JsonArrayBuilder telecoms = JSON.createArrayBuilder();
        boolean emailShown = false;
        boolean phoneShown = false;
        for (JsonValue entry : sent) {
            if (entry instanceof JsonObject telecom && "email".equals(telecom.getString("system", null)) && !emailShown) {
                emailShown = true;
                if (patient.email() != null) {
                    telecoms.add(JSON.createObjectBuilder(telecom).add("value", patient.email()));
                }
            } else if (entry instanceof JsonObject telecom && "phone".equals(telecom.getString("system", null)) && !phoneShown) {
                phoneShown = true;
                if (patient.phoneNumber() != null) {
                    telecoms.add(JSON.createObjectBuilder(telecom).add("value", patient.phoneNumber()));
                }
            } else {
                telecoms.add(entry);
            }
        }
        if (!phoneShown && patient.phoneNumber() != null) {
            telecoms.add(JSON.createObjectBuilder().add("use", "home").add("system", "phone").add("value", patient.phoneNumber()));
        }
        if (!emailShown && patient.email() != null) {
            telecoms.add(JSON.createObjectBuilder().add("use", "home").add("system", "email").add("value", patient.email()));
        }
        return telecoms.build();
    }

    private JsonObject usualName(JsonObject json) {
        JsonValue names = json.get("name");
        if (names == null || names == JsonValue.NULL) {
            return null;
        }
        if (!(names instanceof JsonArray array)) {
            problem("name", "This value should be an array");
            return null;
        }
        JsonObject chosen = null;
        for (JsonValue entry : array) {
            if (!(entry instanceof JsonObject name)) {
                problem("name", "Each name should be an object");
                return null;
            }
            if (chosen == null || "usual".equals(name.getString("use", null))) {
                chosen = name;
            }
        }
        return chosen;
    }

    private String telecom(JsonObject json, String system) {
        JsonValue telecoms = json.get("telecom");
        if (telecoms == null || telecoms == JsonValue.NULL) {
            return null;
        }
        if (!(telecoms instanceof JsonArray array)) {
            problem("telecom", "This value should be an array");
            return null;
        }
        for (JsonValue entry : array) {
            if (entry instanceof JsonObject telecom && system.equals(telecom.getString("system", null))) {
                return text(telecom, "value", "telecom.value");
            }
        }
        return null;
    }

    private String lists(JsonObject json) {
        JsonObjectBuilder kept = JSON.createObjectBuilder();
        boolean any = false;
        for (String list : LISTS) {
            JsonValue value = json.get(list);
            if (value instanceof JsonArray array) {
                if (!list.equals("name") && array.stream().anyMatch(entry -> !(entry instanceof JsonObject))) {
                    // kept as sent and read back as objects: a bare string would be stored, then fail every read
                    // (names are checked where the usual one is chosen)
                    problem(list, "Each entry should be an object");
                }
                kept.add(list, array);
                any = true;
            } else if (value != null && value != JsonValue.NULL) {
                problem(list, "This value should be an array");
            }
        }
        return any ? kept.build().toString() : null;
    }

    private static JsonObject readLists(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json == null ? "{}" : json))) {
            return reader.readObject();
        }
    }

    private LocalDate date(JsonObject json, String name) {
        String text = text(json, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problem(name, "This value should be a date like 1983-08-15");
            return null;
        }
    }

    private LocalDateTime deceasedAt(JsonObject json) {
        String text = text(json, "deceasedAt");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().toUpperCase(Locale.US), DECEASED_AT);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip());
            } catch (DateTimeParseException alsoNot) {
                problem("deceasedAt", "This value should be a date and time like 2020-03-31 10:12 AM");
                return null;
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
