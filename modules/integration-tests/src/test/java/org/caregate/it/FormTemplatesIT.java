package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.errorCode;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.graphqlResponse;
import static org.caregate.it.Api.refusedAsNotFound;
import static org.caregate.it.Api.refusedFields;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's "Form Templates": every example operation pasted as printed (the six in {@code seed-examples/001-forms-*})
 * runs against the live server and does what the prose says; Caregate's question operations build a usable template;
 * bad input is refused in {@code messages} and changes nothing; another organization's templates are not found,
 * while anyone without a key reads a template by id.
 */
class FormTemplatesIT {

    private static final String CREATE_QUESTION = """
            mutation($f: String, $t: String, $l: String, $o: String, $r: Boolean, $h: String) {
              createCustomModule(input: {custom_module_form_id: $f, mod_type: $t, label: $l, options: $o, required: $r,
                hipaa_name: $h}) { customModule { id mod_type label options required hipaa_name position }
                messages { field message } } }""";
    private static final String READ = """
            query($id: ID) { customModuleForm(id: $id) { id name is_archived use_for_charting has_matrix_field
              has_non_readonly_modules custom_modules { id label mod_type options required position } } }""";

    private static String owner;
    private static String other;

    @BeforeAll
    static void organizations() {
        owner = Fixtures.newOrganization("Forms " + Api.unique());
        other = Fixtures.newOrganization("Other forms " + Api.unique());
    }

    @Test
    void theSeedsExamplesCreateReadListUpdateCopyAndDeleteATemplate() {
        String name = "Health History " + Api.unique();
        JsonObject created = data(owner, seedExample("001-forms-createCustomModuleForm.graphql"),
                vars("name", name, "use_for_charting", true, "use_for_program", false))
                .getJsonObject("createCustomModuleForm");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("customModuleForm").getString("id");
        String matrix = question(id, "matrix", "Symptoms", "[[\"\",\"None\",\"Severe\"],[\"Pain\",\"\",\"\"]]");
        question(id, "read_only", "<p>Thank you</p>", null);

        JsonObject form = data(null, seedExample("001-forms-customModuleForm.graphql"), vars("id", id))
                .getJsonObject("customModuleForm");
        assertThat(form.getString("name")).isEqualTo(name);
        assertThat(form.getBoolean("has_matrix_field")).isTrue();
        assertThat(form.getBoolean("has_non_readonly_modules")).isTrue();
        assertThat(form.getBoolean("use_for_charting")).isTrue();
        assertThat(form.getBoolean("use_for_program")).isFalse();
        assertThat(form.getBoolean("prefill")).isFalse();
        assertThat(form.getBoolean("is_video")).isFalse();
        JsonArray questions = form.getJsonArray("custom_modules");
        assertThat(questions).hasSize(2);
        assertThat(questions.getJsonObject(0).getString("id")).isEqualTo(matrix);
        assertThat(questions.getJsonObject(0).getString("mod_type")).isEqualTo("matrix");
        assertThat(questions.getJsonObject(1).getString("mod_type")).isEqualTo("read_only");

        JsonArray listed = data(owner, seedExample("001-forms-customModuleForms.graphql"), vars(
                "include_default_templates", false, "active_status", false, "should_paginate", true,
                "category", "charting", "keywords", name, "offset", 0, "sortBy", "name_asc"))
                .getJsonArray("customModuleForms");
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("id")).isEqualTo(id);
        assertThat(listed.getJsonObject(0).getBoolean("uploaded_by_healthie_team")).isFalse();

        JsonObject updated = data(owner, seedExample("001-forms-updateCustomModuleForm.graphql"),
                vars("id", id, "name", name + " v2", "is_archived", true)).getJsonObject("updateCustomModuleForm");
        assertThat(updated.isNull("messages")).as(updated.toString()).isTrue();
        assertThat(names(owner, name, false)).isEmpty();
        assertThat(names(owner, name, true)).containsExactly(name + " v2");

        JsonObject copied = data(owner, seedExample("001-forms-copyCustomModuleForm.graphql"),
                vars("id", id, "id_list", null, "user_id", null)).getJsonObject("copyCustomModuleForm");
        assertThat(copied.isNull("messages")).as(copied.toString()).isTrue();
        String copy = copied.getJsonObject("customModuleForm").getString("id");
        assertThat(copy).isNotEqualTo(id);
        JsonObject copyRead = data(owner, READ, vars("id", copy)).getJsonObject("customModuleForm");
        assertThat(copyRead.getBoolean("is_archived")).isFalse();
        assertThat(copyRead.getJsonArray("custom_modules")).hasSize(2);
        assertThat(copyRead.getJsonArray("custom_modules").getJsonObject(0).getString("id")).isNotEqualTo(matrix);

        JsonObject deleted = data(owner, seedExample("001-forms-deleteCustomModuleForm.graphql"), vars("id", id))
                .getJsonObject("deleteCustomModuleForm");
        assertThat(deleted.isNull("messages")).as(deleted.toString()).isTrue();
        assertThat(deleted.getJsonObject("customModuleForm").getString("id")).isEqualTo(id);
        assertThat(errorCode(graphql(owner, READ, vars("id", id)))).isEqualTo("NOT_FOUND");
        assertThat(data(owner, READ, vars("id", copy)).getJsonObject("customModuleForm").getJsonArray("custom_modules"))
                .as("the copy is independent").hasSize(2);
    }

    @Test
    void copiesEveryTemplateOfAnIdList() {
        String firstName = "First " + Api.unique();
        String secondName = "Second " + Api.unique();
        String first = template(firstName);
        String second = template(secondName);
        JsonObject copied = data(owner, seedExample("001-forms-copyCustomModuleForm.graphql"),
                vars("id", null, "id_list", first + ", " + second, "user_id", Fixtures.currentUserId(owner)))
                .getJsonObject("copyCustomModuleForm");
        assertThat(copied.isNull("messages")).as(copied.toString()).isTrue();
        JsonObject all = data(owner, """
                mutation($l: String) { copyCustomModuleForm(input: {id_list: $l}) { customModuleForms { id name }
                  messages { field message } } }""", vars("l", first + "," + second)).getJsonObject("copyCustomModuleForm");
        assertThat(all.getJsonArray("customModuleForms").stream().map(f -> f.asJsonObject().getString("name")))
                .containsExactly(firstName, secondName);
        assertThat(names(owner, firstName, false)).containsExactly(firstName, firstName, firstName);

        JsonObject refused = data(owner, seedExample("001-forms-copyCustomModuleForm.graphql"),
                vars("id", first, "id_list", "1,x", "user_id", null)).getJsonObject("copyCustomModuleForm");
        assertThat(refused.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("id_list");
    }

    @Test
    void questionsAreAddedChangedReorderedAndRemoved() {
        String form = template("Intake " + Api.unique());
        String first = question(form, "text", "Name", null);
        String second = question(form, "radio", "Smoker?", "Yes\nNo");
        String third = question(form, "date", "Date of birth", null);

        JsonObject changed = data(owner, """
                mutation($id: ID) { updateCustomModule(input: {id: $id, label: "Full name", required: true}) {
                  customModule { id label required mod_type } messages { field message } } }""", vars("id", first))
                .getJsonObject("updateCustomModule");
        assertThat(changed.isNull("messages")).as(changed.toString()).isTrue();
        assertThat(changed.getJsonObject("customModule").getString("label")).isEqualTo("Full name");
        assertThat(changed.getJsonObject("customModule").getBoolean("required")).isTrue();

        JsonObject reordered = data(owner, """
                mutation($f: String, $ids: [String]) { reorderCustomModules(input: {custom_module_form_id: $f,
                  custom_module_ids: $ids}) { customModuleForm { custom_modules { id position } }
                  messages { field message } } }""", vars("f", form, "ids", List.of(third, first, second)))
                .getJsonObject("reorderCustomModules");
        assertThat(reordered.isNull("messages")).as(reordered.toString()).isTrue();
        assertThat(ids(form)).containsExactly(third, first, second);

        JsonObject removed = data(owner, """
                mutation($id: ID) { deleteCustomModule(input: {id: $id}) { customModule { id }
                  messages { field message } } }""", vars("id", first)).getJsonObject("deleteCustomModule");
        assertThat(removed.isNull("messages")).as(removed.toString()).isTrue();
        assertThat(ids(form)).containsExactly(third, second);
        JsonArray positions = data(owner, READ, vars("id", form)).getJsonObject("customModuleForm")
                .getJsonArray("custom_modules");
        assertThat(positions.getJsonObject(1).getInt("position")).isEqualTo(1);
    }

    @Test
    void questionsAddedAtOnceEachGetAPlaceOfTheirOwn() throws Exception {
        String form = template("Busy " + Api.unique());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> added = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String label = "Question " + i;
                added.add(pool.submit(() -> question(form, "text", label, null)));
            }
            for (Future<String> question : added) {
                question.get();
            }
        } finally {
            pool.shutdownNow();
        }
        JsonArray questions = data(owner, READ, vars("id", form)).getJsonObject("customModuleForm")
                .getJsonArray("custom_modules");
        assertThat(questions.stream().map(q -> q.asJsonObject().getInt("position")))
                .containsExactlyElementsOf(IntStream.range(0, 16).boxed().toList());
    }

    @Test
    void badInputIsRefusedInMessagesAndChangesNothing() {
        String form = template("Checked " + Api.unique());
        String before = data(owner, READ, vars("id", form)).toString();
        assertThat(refusedFields(data(owner, CREATE_QUESTION, vars("f", form, "t", "radio", "l", "Smoker?", "o", " "))
                .getJsonObject("createCustomModule"))).containsExactly("options");
        assertThat(refusedFields(data(owner, CREATE_QUESTION, vars("f", form, "t", "matrix", "l", "Grid", "o", "{oops"))
                .getJsonObject("createCustomModule"))).containsExactly("options");
        assertThat(refusedFields(data(owner, CREATE_QUESTION, vars("f", form, "t", "hologram", "l", ""))
                .getJsonObject("createCustomModule"))).containsExactly("mod_type", "label");
        assertThat(refusedFields(data(owner, seedExample("001-forms-updateCustomModuleForm.graphql"),
                vars("id", form, "name", " ", "is_archived", true)).getJsonObject("updateCustomModuleForm")))
                .containsExactly("name");
        assertThat(refusedFields(data(owner, seedExample("001-forms-createCustomModuleForm.graphql"),
                vars("name", "x".repeat(256))).getJsonObject("createCustomModuleForm"))).containsExactly("name");
        assertThat(refusedFields(data(owner, seedExample("001-forms-updateCustomModuleForm.graphql"),
                vars("id", "abc")).getJsonObject("updateCustomModuleForm"))).containsExactly("id");
        assertThat(errorCode(graphql(owner, seedExample("001-forms-customModuleForms.graphql"),
                vars("sortBy", "size")))).isEqualTo("BAD_USER_INPUT");
        assertThat(data(owner, READ, vars("id", form)).toString()).isEqualTo(before);

        JsonObject cleaned = data(owner, CREATE_QUESTION, vars("f", form, "t", "label",
                "l", "<p onmouseover=\"steal()\">Read <a href=\"javascript:steal()\">this</a></p><script>steal()</script>"))
                .getJsonObject("createCustomModule");
        assertThat(cleaned.getJsonObject("customModule").getString("label")).isEqualTo("<p>Read <a>this</a></p>");
    }

    @Test
    void anotherOrganizationsTemplatesAreNotFoundButAnyoneWithoutAKeyReadsOneById() {
        String form = template("Private " + Api.unique());
        String question = question(form, "text", "Secret question", null);
        String before = data(owner, READ, vars("id", form)).toString();

        assertThat(errorCode(graphql(other, READ, vars("id", form)))).isEqualTo("NOT_FOUND");
        assertThat(data(other, "query($k: String) { customModuleForms(keywords: $k) { id } }", vars("k", "Private"))
                .getJsonArray("customModuleForms")).isEmpty();
        assertThat(refusedAsNotFound(data(other, seedExample("001-forms-updateCustomModuleForm.graphql"),
                vars("id", form, "name", "Taken")).getJsonObject("updateCustomModuleForm"))).isTrue();
        assertThat(refusedAsNotFound(data(other, seedExample("001-forms-copyCustomModuleForm.graphql"),
                vars("id", form)).getJsonObject("copyCustomModuleForm"))).isTrue();
        assertThat(refusedAsNotFound(data(other, CREATE_QUESTION, vars("f", form, "t", "text", "l", "Mine"))
                .getJsonObject("createCustomModule"))).isTrue();
        assertThat(refusedAsNotFound(data(other, "mutation($id: ID) { updateCustomModule(input: {id: $id, "
                + "label: \"Mine\"}) { customModule { id } messages { field message } } }", vars("id", question))
                .getJsonObject("updateCustomModule"))).isTrue();
        assertThat(refusedAsNotFound(data(other, "mutation($id: ID) { deleteCustomModule(input: {id: $id}) { "
                + "customModule { id } messages { field message } } }", vars("id", question))
                .getJsonObject("deleteCustomModule"))).isTrue();
        assertThat(refusedAsNotFound(data(other, seedExample("001-forms-deleteCustomModuleForm.graphql"),
                vars("id", form)).getJsonObject("deleteCustomModuleForm"))).isTrue();
        assertThat(data(owner, READ, vars("id", form)).toString()).isEqualTo(before);

        assertThat(data(null, READ, vars("id", form)).getJsonObject("customModuleForm").getString("id")).isEqualTo(form);
        assertThat(graphqlResponse(null, "{ customModuleForms { id } }", null).statusCode()).isEqualTo(401);
        assertThat(graphqlResponse(null, seedExample("001-forms-createCustomModuleForm.graphql"), vars("name", "x"))
                .statusCode()).isEqualTo(401);
    }

    private static String template(String name) {
        JsonObject created = data(owner, seedExample("001-forms-createCustomModuleForm.graphql"), vars("name", name))
                .getJsonObject("createCustomModuleForm");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return created.getJsonObject("customModuleForm").getString("id");
    }

    private static String question(String form, String modType, String label, String options) {
        JsonObject created = data(owner, CREATE_QUESTION, vars("f", form, "t", modType, "l", label, "o", options))
                .getJsonObject("createCustomModule");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return created.getJsonObject("customModule").getString("id");
    }

    private static List<String> ids(String form) {
        return data(owner, READ, vars("id", form)).getJsonObject("customModuleForm").getJsonArray("custom_modules")
                .stream().map(q -> q.asJsonObject().getString("id")).toList();
    }

    private static List<String> names(String key, String keywords, boolean archived) {
        return data(key, "query($k: String, $a: Boolean) { customModuleForms(keywords: $k, active_status: $a) { name } }",
                vars("k", keywords, "a", archived)).getJsonArray("customModuleForms").stream()
                .map(f -> f.asJsonObject().getString("name")).toList();
    }
}
