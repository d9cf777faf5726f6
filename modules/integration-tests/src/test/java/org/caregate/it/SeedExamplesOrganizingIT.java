package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The seeds' example operations for user groups, tags, locations and organization members, pasted as printed,
 * validate against the live schema and do what the prose says.
 */
class SeedExamplesOrganizingIT {

    private static final String[] BOTH = {"001-", "002-"};

    /** Each test works in an organization of its own, so that counts and lists are its own. */
    private static String freshOrganization() {
        return Fixtures.newOrganization("Seed examples " + Api.unique());
    }

    @Test
    void userGroupExamples() {
        String key = freshOrganization();
        for (String seed : BOTH) {
            String unique = Api.unique();
            JsonObject created = data(key, seedExample(seed + "createGroup.graphql"), vars("name", "Discovery " + unique))
                    .getJsonObject("createGroup");
            assertThat(created.isNull("messages")).isTrue();
            String groupId = created.getJsonObject("user_group").getString("id");
            Fixtures.createClient(key, "Grouped", "Patient" + unique, "g." + unique + "@example.com");
            data(key, "mutation($id: ID) { updateClient(input: {id: $id, user_group_id: \"" + groupId + "\"}) { user { id } } }",
                    vars("id", data(key, "query($k: String) { users(keywords: $k) { id } }", vars("k", "Patient" + unique))
                            .getJsonArray("users").getJsonObject(0).getString("id")));

            JsonObject group = data(key, seedExample(seed + "getUserGroup.graphql"), vars("id", groupId)).getJsonObject("userGroup");
            assertThat(group.getString("users_count")).isEqualTo("1");
            assertThat(group.getString("invite_code")).isNotBlank();

            JsonObject renamed = data(key, seedExample(seed + "updateUserGroup.graphql"), vars("id", groupId, "name", "Renamed " + unique))
                    .getJsonObject("updateUserGroup");
            assertThat(renamed.getJsonObject("user_group").getString("name")).isEqualTo("Renamed " + unique);

            JsonObject listed = data(key, seedExample(seed + "userGroups.graphql"), vars("offset", 0, "keywords", unique, "sort_by", "name"));
            assertThat(listed.getInt("userGroupsCount")).isEqualTo(1);
            assertThat(listed.getJsonArray("userGroups").getJsonObject(0).getString("users_count")).isEqualTo("1");

            JsonObject deleted = data(key, seedExample(seed + "deleteUserGroup.graphql"), vars("id", groupId))
                    .getJsonObject("deleteUserGroup");
            assertThat(deleted.getJsonObject("user_group").getString("id")).isEqualTo(groupId);
        }
    }

    @Test
    void tagExamples() {
        String key = freshOrganization();
        for (String seed : BOTH) {
            String unique = Api.unique();
            String patient = Fixtures.createClient(key, "Tagged", "Patient" + unique, "t." + unique + "@example.com");
            JsonObject created = data(key, seedExample(seed + "createTag.graphql"), vars("name", "VIP " + unique, "taggable_user_id", patient))
                    .getJsonObject("createTag").getJsonObject("tag");
            String tagId = created.getString("id");
            assertThat(created.getJsonArray("tagged_users").getJsonObject(0).getString("id")).isEqualTo(patient);

            assertThat(data(key, seedExample(seed + "updateTag.graphql"), vars("id", tagId, "name", "Very Important " + unique))
                    .getJsonObject("updateTag").getJsonObject("tag").getString("name")).isEqualTo("Very Important " + unique);
            assertThat(data(key, seedExample(seed + "tags.graphql"), null).getJsonArray("tags").toString()).contains("Very Important " + unique);

            String other = data(key, "mutation($n: String) { createTag(input: {name: $n}) { tag { id } } }", vars("n", "Other " + unique))
                    .getJsonObject("createTag").getJsonObject("tag").getString("id");
            JsonObject applied = data(key, seedExample(seed + "applyTags.graphql"),
                    vars("ids", Json.createArrayBuilder().add(tagId).add(other).build(), "taggable_user_id", patient)).getJsonObject("bulkApply");
            assertThat(applied.getJsonArray("tags")).hasSize(2);

            JsonObject removed = data(key, seedExample(seed + "removeAppliedTag.graphql"), vars("id", other, "taggable_user_id", patient))
                    .getJsonObject("removeAppliedTag");
            assertThat(removed.getJsonObject("tag").getString("id")).isEqualTo(other);
            assertThat(data(key, "query($id: ID) { user(id: $id) { active_tags { id } } }", vars("id", patient)).getJsonObject("user")
                    .getJsonArray("active_tags")).extracting(v -> v.asJsonObject().getString("id")).containsExactly(tagId);

            assertThat(data(key, seedExample(seed + "deleteTag.graphql"), vars("id", tagId)).getJsonObject("deleteTag")
                    .getJsonObject("tag").getString("id")).isEqualTo(tagId);
            assertThat(data(key, "query($id: ID) { user(id: $id) { id active_tags { id } } }", vars("id", patient)).getJsonObject("user")
                    .getJsonArray("active_tags")).isEmpty();
        }
    }

    @Test
    void locationExamples() {
        String key = freshOrganization();
        for (String seed : BOTH) {
            String unique = Api.unique();
            String patient = Fixtures.createClient(key, "Located", "Patient" + unique, "l." + unique + "@example.com");
            JsonObject location = data(key, seedExample(seed + "createLocation.graphql"), vars("user_id", patient, "name", "Home",
                    "line1", "123 Main St", "zip", "10019", "city", "New York", "state", "NY", "npi", "1234567890"))
                    .getJsonObject("createLocation").getJsonObject("location");
            assertThat(location.getString("line1")).isEqualTo("123 Main St");
            assertThat(location.getString("zip")).isEqualTo("10019");
        }
    }

    @Test
    void organizationMemberExamples() {
        String key = freshOrganization();
        String organizationId = data(key, "{ organization { id } }", null).getJsonObject("organization").getString("id");
        String unique = Api.unique();
        String email = "sam." + unique + "@example.org";
        JsonObject created = data(key, seedExample("001-createOrganizationMembership.graphql"), vars("first_name", "Sam",
                "last_name", "Support" + unique, "email", email, "title", "Scheduler", "org_role", "Support",
                "send_invite_email", false, "dont_send_welcome", true, "organization_id", organizationId, "timezone", "America/Chicago"))
                .getJsonObject("createOrganizationMembership");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        JsonObject membership = created.getJsonObject("organizationMembership");
        assertThat(membership.getString("org_role")).isEqualTo("Support");
        assertThat(membership.getBoolean("can_see_calendar")).isTrue();
        String memberId = membership.getJsonObject("user").getString("id");

        assertThat(data(key, seedExample("001-getOrganizationMembers.graphql"), vars("offset", 0, "page_size", 10,
                "keywords", "Support" + unique, "sort_by", "last_name")).getJsonArray("organizationMembers"))
                .extracting(v -> v.asJsonObject().getString("id")).containsExactly(memberId);

        // The example names no id: the member is the one with the email it sends.
        JsonObject updated = data(key, seedExample("001-updateOrganizationMembership.graphql"), vars("first_name", "Samantha",
                "email", email, "title", "Lead scheduler", "org_role", "Standard", "organization_id", organizationId))
                .getJsonObject("updateOrganizationMembership");
        assertThat(updated.isNull("messages")).as(updated.toString()).isTrue();
        assertThat(updated.getJsonObject("organizationMembership").getString("org_role")).isEqualTo("Standard");
        assertThat(updated.getJsonObject("organizationMembership").getJsonObject("user").getString("id")).isEqualTo(memberId);

        JsonObject deleted = data(key, seedExample("001-deleteOrganizationMembership.graphql"), vars("id", memberId))
                .getJsonObject("deleteOrganizationMembership");
        assertThat(deleted.getJsonObject("organizationMembership").getString("id")).isEqualTo(memberId);
        assertThat(data(key, "query($k: String) { organizationMembers(keywords: $k) { id } }", vars("k", "Support" + unique))
                .getJsonArray("organizationMembers")).isEmpty();
    }
}
