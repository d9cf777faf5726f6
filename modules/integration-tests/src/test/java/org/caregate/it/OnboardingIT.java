package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.errorCode;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.json;
import static org.caregate.it.Api.refusedAsNotFound;
import static org.caregate.it.Api.refusedFields;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's "Onboarding Flows" and "Onboarding Items": every example operation pasted as printed (the twelve in
 * {@code seed-examples/001-onboarding-*}, {@code deleteOnboardingFlow} repaired as docs/forms.md says) builds a flow
 * on a patient group, a patient goes through it, and identity's {@code updateUserGroup(onboarding_flow_id)} names a
 * flow; bad input is refused in Healthie's shape; another organization's flows, items, groups and patients are not
 * found; racing completions record once and racing attachments leave a group in one flow.
 */
class OnboardingIT {

    private static final String CREATE_ITEM = seedExample("001-onboarding-createOnboardingItem.graphql");
    private static final String COMPLETE = """
            mutation($i: ID, $u: ID, $s: Boolean) { createCompletedOnboardingItem(input: {onboarding_item_id: $i,
              user_id: $u, skipped: $s}) { completed_onboarding_item { id skipped onboarding_item_id user { id } }
              messages { field message } } }""";
    private static final String PROGRESS = """
            query($id: ID, $u: ID) { onboardingFlow(id: $id, user_id: $u) { id name user_group_ids
              onboarding_items { id item_type item_id display_name is_skippable row_order
                completed_onboarding_item { id skipped } } } }""";
    private static final String GROUP = "query($id: ID) { userGroup(id: $id) { id onboarding_flow_id } }";

    private static Clinic clinic;
    private static String other;

    @BeforeAll
    static void organizations() {
        clinic = Clinic.open("UTC");
        other = Fixtures.newOrganization("Other onboarding " + Api.unique());
    }

    @Test
    void theSeedsExamplesBuildAFlowOnAGroupAndAPatientGoesThroughIt() {
        String key = clinic.key;
        String group = group(key);
        String spareGroup = group(key);
        String consentName = "Consent " + Api.unique();
        String consent = form(key, consentName);
        String history = form(key, "History " + Api.unique());
        String name = "Intake " + Api.unique();

        JsonObject created = data(key, seedExample("001-onboarding-createOnboardingFlow.graphql"),
                vars("name", name, "groups_to_use_onboarding_flow", group)).getJsonObject("createOnboardingFlow");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String flow = created.getJsonObject("onboardingFlow").getString("id");
        assertThat(data(key, GROUP, vars("id", group)).getJsonObject("userGroup").getString("onboarding_flow_id"))
                .isEqualTo(flow);

        JsonArray listed = data(key, seedExample("001-onboarding-onboardingFlows.graphql"), vars("offset", 0,
                "keywords", name, "sort_by", "name_asc", "should_paginate", true)).getJsonArray("onboardingFlows");
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("id")).isEqualTo(flow);
        assertThat(listed.getJsonObject(0).getBoolean("has_forms_after_welcome")).isFalse();
        assertThat(listed.getJsonObject(0).getBoolean("is_multiple_providers")).isFalse();

        JsonObject renamed = data(key, seedExample("001-onboarding-updateOnboardingFlow.graphql"), vars("id", flow,
                "name", name + " v2", "groups_to_use_onboarding_flow", null)).getJsonObject("updateOnboardingFlow");
        assertThat(renamed.isNull("messages")).as(renamed.toString()).isTrue();
        JsonObject read = data(key, seedExample("001-onboarding-onboardingFlow.graphql"), vars("id", flow, "user_id",
                null)).getJsonObject("onboardingFlow");
        assertThat(read.getString("name")).isEqualTo(name + " v2");

        String available = data(key, seedExample("001-onboarding-availableItemTypes.graphql"),
                vars("onboarding_flow_id", flow)).getString("availableItemTypes");
        assertThat(json("{\"types\":" + available + "}").getJsonArray("types").stream()
                .map(type -> type.asJsonObject().getString("id"))).contains(consent, history);

        JsonObject items = data(key, CREATE_ITEM, vars("onboarding_flow_id", flow, "item_type", itemType(consent, history),
                "is_skippable", false)).getJsonObject("createOnboardingItem");
        assertThat(items.isNull("messages")).as(items.toString()).isTrue();
        String consentItem = items.getJsonObject("onboardingItem").getString("id");
        String historyItem = itemIds(key, flow).get(1);
        assertThat(data(key, seedExample("001-onboarding-availableItemTypes.graphql"),
                vars("onboarding_flow_id", flow)).getString("availableItemTypes")).doesNotContain("\"" + consent + "\"");

        JsonObject item = data(null, seedExample("001-onboarding-onboardingItem.graphql"), vars("id", consentItem))
                .getJsonObject("onboardingItem");
        assertThat(item.getString("item_type")).isEqualTo("Module Form");
        assertThat(item.getString("display_name")).isEqualTo(consentName);
        assertThat(item.getBoolean("is_skippable")).isFalse();
        assertThat(item.getJsonObject("onboarding_flow").getString("id")).isEqualTo(flow);

        JsonObject moved = data(key, seedExample("001-onboarding-updateOnboardingItem.graphql"), vars("id", historyItem,
                "onboarding_flow_id", flow, "item_type", "Module Form", "item_id", history, "is_skippable", true,
                "row_order", 0)).getJsonObject("updateOnboardingItem");
        assertThat(moved.isNull("messages")).as(moved.toString()).isTrue();
        assertThat(itemIds(key, flow)).containsExactly(historyItem, consentItem);

        JsonObject attached = data(key, seedExample("001-updateUserGroup.graphql"), vars("id", spareGroup, "name",
                "Spare " + Api.unique(), "onboarding_flow_id", flow)).getJsonObject("updateUserGroup");
        assertThat(attached.isNull("messages")).as(attached.toString()).isTrue();
        assertThat(data(key, GROUP, vars("id", spareGroup)).getJsonObject("userGroup").getString("onboarding_flow_id"))
                .isEqualTo(flow);

        Clinic.Patient patient = patientIn(group);
        JsonObject own = data(patient.token(), seedExample("001-onboarding-onboardingFlow.graphql"), vars("id", null,
                "user_id", null)).getJsonObject("onboardingFlow");
        assertThat(own.getString("id")).as("the patient's group's flow").isEqualTo(flow);
        assertThat(own.getBoolean("has_forms_after_welcome")).isTrue();

        JsonObject skipMandatory = data(patient.token(), COMPLETE, vars("i", consentItem, "s", true))
                .getJsonObject("createCompletedOnboardingItem");
        assertThat(refusedFields(skipMandatory)).containsExactly("skipped");
        JsonObject completed = data(patient.token(), seedExample("001-onboarding-createCompletedOnboardingItem.graphql"),
                vars("onboarding_item_id", consentItem, "user_id", null, "skipped", false))
                .getJsonObject("createCompletedOnboardingItem");
        assertThat(completed.isNull("completed_onboarding_item")).as(completed.toString()).isFalse();
        JsonObject skipped = data(key, COMPLETE, vars("i", historyItem, "u", patient.id(), "s", true))
                .getJsonObject("createCompletedOnboardingItem");
        assertThat(skipped.isNull("messages")).as(skipped.toString()).isTrue();
        assertThat(skipped.getJsonObject("completed_onboarding_item").getJsonObject("user").getString("id"))
                .isEqualTo(patient.id());

        JsonArray progress = data(key, PROGRESS, vars("u", patient.id())).getJsonObject("onboardingFlow")
                .getJsonArray("onboarding_items");
        assertThat(progress.getJsonObject(0).getJsonObject("completed_onboarding_item").getBoolean("skipped")).isTrue();
        assertThat(progress.getJsonObject(1).getJsonObject("completed_onboarding_item").getBoolean("skipped")).isFalse();
        assertThat(data(patient.token(), PROGRESS, vars("u", "1")).getJsonObject("onboardingFlow")
                .getJsonArray("onboarding_items").getJsonObject(1).isNull("completed_onboarding_item"))
                .as("a patient's user_id is ignored: their own progress").isFalse();

        JsonObject deleted = data(key, seedExample("001-onboarding-deleteOnboardingItem.graphql"), vars("id", consentItem))
                .getJsonObject("deleteOnboardingItem");
        assertThat(deleted.isNull("messages")).as(deleted.toString()).isTrue();
        JsonArray unassociated = data(key, seedExample("001-onboarding-unassociatedCompletedOnboardingItems.graphql"),
                vars("user_id", patient.id())).getJsonArray("unassociatedCompletedOnboardingItems");
        assertThat(unassociated).hasSize(1);
        assertThat(unassociated.getJsonObject(0).isNull("onboarding_item_id")).isTrue();
        assertThat(unassociated.getJsonObject(0).getString("item_id")).isEqualTo(consent);
        assertThat(unassociated.getJsonObject(0).getJsonObject("user").getString("id")).isEqualTo(patient.id());
        assertThat(data(patient.token(), seedExample("001-onboarding-unassociatedCompletedOnboardingItems.graphql"),
                vars("user_id", null)).getJsonArray("unassociatedCompletedOnboardingItems")).hasSize(1);

        String heir = flow(key, "Heir " + Api.unique(), null);
        JsonObject gone = data(key, seedExample("001-onboarding-deleteOnboardingFlow.graphql"), vars("id", flow,
                "flow_to_receive_groups", heir)).getJsonObject("deleteOnboardingFlow");
        assertThat(gone.isNull("messages")).as(gone.toString()).isTrue();
        assertThat(gone.getJsonObject("onboardingFlow").getString("id")).isEqualTo(flow);
        assertThat(data(key, GROUP, vars("id", group)).getJsonObject("userGroup").getString("onboarding_flow_id"))
                .isEqualTo(heir);
        assertThat(data(key, PROGRESS, vars("id", heir)).getJsonObject("onboardingFlow").getJsonArray("user_group_ids")
                .stream().map(id -> ((JsonString) id).getString())).containsExactlyInAnyOrder(group, spareGroup);
        assertThat(data(key, seedExample("001-onboarding-unassociatedCompletedOnboardingItems.graphql"),
                vars("user_id", patient.id())).getJsonArray("unassociatedCompletedOnboardingItems"))
                .as("the flow the records were of is gone").hasSize(2);
    }

    @Test
    void badInputIsRefusedInHealthiesShapeAndChangesNothing() {
        String key = clinic.key;
        String flow = flow(key, "Checked " + Api.unique(), null);
        String form = form(key, "Form " + Api.unique());
        String item = data(key, CREATE_ITEM, vars("onboarding_flow_id", flow, "item_type", itemType(form),
                "is_skippable", true)).getJsonObject("createOnboardingItem").getJsonObject("onboardingItem").getString("id");
        String before = data(key, PROGRESS, vars("id", flow)).toString();

        for (String itemType : List.of("{oops", "[1]", "[[[[{\"type\":\"Module Form\"}]]]]", "[".repeat(5_000),
                "[{\"type\":\"Insurance Form\",\"id\":\"" + form + "\"}]", "[{\"type\":\"Module Form\",\"id\":\"x\"}]",
                "[{\"type\":\"Module Form\",\"id\":\"99999999\"}]", "[]")) {
            JsonObject refused = data(key, CREATE_ITEM, vars("onboarding_flow_id", flow, "item_type", itemType,
                    "is_skippable", true)).getJsonObject("createOnboardingItem");
            assertThat(refusedFields(refused)).as(itemType).isNotEmpty().allMatch(f -> f.equals("item_type")
                    || f.equals("item_id"));
        }
        assertThat(refusedFields(data(key, CREATE_ITEM, vars("onboarding_flow_id", "x", "item_type", itemType(form)))
                .getJsonObject("createOnboardingItem"))).containsExactly("onboarding_flow_id");
        assertThat(refusedFields(data(key, seedExample("001-onboarding-updateOnboardingItem.graphql"), vars("id", item,
                "row_order", 5)).getJsonObject("updateOnboardingItem"))).containsExactly("row_order");
        assertThat(refusedFields(data(key, seedExample("001-onboarding-createOnboardingFlow.graphql"), vars("name", " ",
                "groups_to_use_onboarding_flow", "1,x")).getJsonObject("createOnboardingFlow")))
                .containsExactly("groups_to_use_onboarding_flow");
        assertThat(refusedFields(data(key, seedExample("001-onboarding-createOnboardingFlow.graphql"), vars("name",
                "x".repeat(256))).getJsonObject("createOnboardingFlow"))).containsExactly("name");
        assertThat(refusedFields(data(key, seedExample("001-onboarding-deleteOnboardingFlow.graphql"), vars("id", flow,
                "flow_to_receive_groups", "999999999")).getJsonObject("deleteOnboardingFlow")))
                .containsExactly("flow_to_receive_groups");
        JsonObject unknownFlow = data(key, seedExample("001-updateUserGroup.graphql"), vars("id", group(key),
                "onboarding_flow_id", "999999999")).getJsonObject("updateUserGroup");
        assertThat(unknownFlow.getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("Onboarding flow not found");
        assertThat(errorCode(graphql(key, seedExample("001-onboarding-onboardingFlow.graphql"), vars("id", null))))
                .isEqualTo("BAD_USER_INPUT");
        assertThat(errorCode(graphql(key, seedExample("001-onboarding-onboardingFlows.graphql"), vars("sort_by", "size"))))
                .isEqualTo("BAD_USER_INPUT");
        assertThat(data(key, PROGRESS, vars("id", flow)).toString()).isEqualTo(before);

        Clinic.Patient patient = clinic.signedInPatient("UTC");
        assertThat(errorCode(graphql(patient.token(), seedExample("001-onboarding-onboardingFlows.graphql"), null)))
                .isEqualTo("FORBIDDEN");
        assertThat(data(patient.token(), seedExample("001-onboarding-onboardingFlow.graphql"), null)
                .isNull("onboardingFlow")).as("a patient whose group has no flow").isTrue();
        assertThat(refusedFields(data(patient.token(), COMPLETE, vars("i", item, "s", false))
                .getJsonObject("createCompletedOnboardingItem"))).containsExactly("onboarding_item_id");
        assertThat(errorCode(graphql(patient.token(), CREATE_ITEM, vars("onboarding_flow_id", flow, "item_type",
                itemType(form), "is_skippable", true)))).isEqualTo("FORBIDDEN");
    }

    @Test
    void anotherOrganizationsFlowsItemsGroupsAndPatientsAreNotFound() {
        String key = clinic.key;
        String group = group(key);
        String flow = flow(key, "Private " + Api.unique(), group);
        String item = data(key, CREATE_ITEM, vars("onboarding_flow_id", flow, "item_type",
                itemType(form(key, "Secret " + Api.unique())), "is_skippable", true)).getJsonObject("createOnboardingItem")
                .getJsonObject("onboardingItem").getString("id");
        Clinic.Patient patient = patientIn(group);
        String before = data(key, PROGRESS, vars("id", flow)).toString();

        assertThat(errorCode(graphql(other, PROGRESS, vars("id", flow)))).isEqualTo("NOT_FOUND");
        assertThat(errorCode(graphql(other, PROGRESS, vars("u", patient.id())))).isEqualTo("NOT_FOUND");
        assertThat(errorCode(graphql(other, seedExample("001-onboarding-onboardingItem.graphql"), vars("id", item))))
                .isEqualTo("NOT_FOUND");
        assertThat(errorCode(graphql(other, seedExample("001-onboarding-unassociatedCompletedOnboardingItems.graphql"),
                vars("user_id", patient.id())))).isEqualTo("NOT_FOUND");
        assertThat(refusedAsNotFound(data(other, seedExample("001-onboarding-updateOnboardingFlow.graphql"), vars("id", flow,
                "name", "Taken")).getJsonObject("updateOnboardingFlow"))).isTrue();
        assertThat(refusedAsNotFound(data(other, seedExample("001-onboarding-deleteOnboardingFlow.graphql"), vars("id", flow))
                .getJsonObject("deleteOnboardingFlow"))).isTrue();
        assertThat(refusedAsNotFound(data(other, CREATE_ITEM, vars("onboarding_flow_id", flow, "item_type", itemType("1"),
                "is_skippable", true)).getJsonObject("createOnboardingItem"))).isTrue();
        assertThat(refusedAsNotFound(data(other, seedExample("001-onboarding-updateOnboardingItem.graphql"), vars("id", item,
                "is_skippable", false)).getJsonObject("updateOnboardingItem"))).isTrue();
        assertThat(refusedAsNotFound(data(other, seedExample("001-onboarding-deleteOnboardingItem.graphql"), vars("id", item))
                .getJsonObject("deleteOnboardingItem"))).isTrue();
        assertThat(refusedAsNotFound(data(other, COMPLETE, vars("i", item, "u", patient.id(), "s", true))
                .getJsonObject("createCompletedOnboardingItem"))).isTrue();
        String theirGroup = group(other);
        assertThat(data(other, seedExample("001-updateUserGroup.graphql"), vars("id", theirGroup, "onboarding_flow_id",
                flow)).getJsonObject("updateUserGroup").getJsonArray("messages").getJsonObject(0).getString("message"))
                .isEqualTo("Onboarding flow not found");
        assertThat(refusedFields(data(other, seedExample("001-onboarding-createOnboardingFlow.graphql"), vars("name", "Mine",
                "groups_to_use_onboarding_flow", group)).getJsonObject("createOnboardingFlow")))
                .containsExactly("groups_to_use_onboarding_flow");
        assertThat(data(key, PROGRESS, vars("id", flow)).toString()).isEqualTo(before);

        assertThat(data(null, seedExample("001-onboarding-onboardingItem.graphql"), vars("id", item))
                .getJsonObject("onboardingItem").getString("id")).as("public by id without a key").isEqualTo(item);
        assertThat(errorCode(graphql(null, "query($id: ID) { onboardingItem(id: $id) { onboarding_flow { name } } }",
                vars("id", item)))).as("the flow it names is not public").isEqualTo("UNAUTHENTICATED");
        assertThat(Api.graphqlResponse(null, seedExample("001-onboarding-onboardingFlow.graphql"), vars("id", flow))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void racingCompletionsRecordOnceAndRacingAttachmentsLeaveTheGroupInOneFlow() throws Exception {
        String key = clinic.key;
        String group = group(key);
        String first = flow(key, "First " + Api.unique(), group);
        String second = flow(key, "Second " + Api.unique(), null);
        String item = data(key, CREATE_ITEM, vars("onboarding_flow_id", first, "item_type",
                itemType(form(key, "Raced " + Api.unique())), "is_skippable", false)).getJsonObject("createOnboardingItem")
                .getJsonObject("onboardingItem").getString("id");
        Clinic.Patient patient = patientIn(group);

        List<JsonObject> answers = Concurrently.run(8, i -> data(i % 2 == 0 ? patient.token() : key, COMPLETE,
                vars("i", item, "u", patient.id(), "s", false)).getJsonObject("createCompletedOnboardingItem"));
        assertThat(answers.stream().filter(a -> a.isNull("messages")).count()).as(answers.toString()).isEqualTo(1);
        assertThat(answers.stream().filter(a -> !a.isNull("messages")).map(a -> a.getJsonArray("messages")
                .getJsonObject(0).getString("message"))).containsOnly("has already been completed");

        String attach = seedExample("001-updateUserGroup.graphql");
        List<JsonObject> attached = Concurrently.run(8, i -> data(key, attach, vars("id", group, "onboarding_flow_id",
                i % 2 == 0 ? first : second)).getJsonObject("updateUserGroup"));
        assertThat(attached).allMatch(a -> a.isNull("messages"));
        String now = data(key, GROUP, vars("id", group)).getJsonObject("userGroup").getString("onboarding_flow_id");
        assertThat(now).isIn(first, second);
        for (String flow : List.of(first, second)) {
            assertThat(data(key, PROGRESS, vars("id", flow)).getJsonObject("onboardingFlow").getJsonArray("user_group_ids")
                    .getValuesAs(JsonString::getString).contains(group)).as("flow " + flow + " lists the group")
                    .isEqualTo(flow.equals(now));
        }
    }

    private static Clinic.Patient patientIn(String group) {
        Clinic.Patient patient = clinic.signedInPatient("UTC");
        JsonObject placed = data(clinic.key, """
                mutation($id: ID, $g: String) { updateClient(input: {id: $id, user_group_id: $g}) { user { id }
                  messages { field message } } }""", vars("id", patient.id(), "g", group)).getJsonObject("updateClient");
        assertThat(placed.isNull("messages")).as(placed.toString()).isTrue();
        return patient;
    }

    private static String group(String key) {
        return data(key, "mutation($n: String) { createGroup(input: {name: $n}) { user_group { id } } }",
                vars("n", "Group " + Api.unique())).getJsonObject("createGroup").getJsonObject("user_group").getString("id");
    }

    private static String form(String key, String name) {
        return data(key, seedExample("001-forms-createCustomModuleForm.graphql"), vars("name", name))
                .getJsonObject("createCustomModuleForm").getJsonObject("customModuleForm").getString("id");
    }

    private static String flow(String key, String name, String groups) {
        JsonObject created = data(key, seedExample("001-onboarding-createOnboardingFlow.graphql"), vars("name", name,
                "groups_to_use_onboarding_flow", groups)).getJsonObject("createOnboardingFlow");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return created.getJsonObject("onboardingFlow").getString("id");
    }

    /** {@code item_type} for the form templates: a JSON array of Module Forms. */
    private static String itemType(String... forms) {
        var array = Json.createArrayBuilder();
        for (String form : forms) {
            array.add(Json.createObjectBuilder().add("type", "Module Form").add("id", form));
        }
        return array.build().toString();
    }

    private static List<String> itemIds(String key, String flow) {
        return data(key, PROGRESS, vars("id", flow)).getJsonObject("onboardingFlow").getJsonArray("onboarding_items")
                .stream().map(i -> i.asJsonObject().getString("id")).toList();
    }
}
