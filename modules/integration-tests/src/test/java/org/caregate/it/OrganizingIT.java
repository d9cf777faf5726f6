package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.graphql;
import static org.caregate.it.Api.graphqlResponse;
import static org.caregate.it.Api.vars;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Groups, tags and members: the rules behind the seed examples, bad input, and organization boundaries. */
class OrganizingIT {

    private static String createGroup(String key, String name) {
        return data(key, "mutation($n: String) { createGroup(input: {name: $n}) { user_group { id } } }", vars("n", name))
                .getJsonObject("createGroup").getJsonObject("user_group").getString("id");
    }

    private static int patientsInGroup(String key, String groupId) {
        return data(key, "query($g: String) { usersCount(group_id: $g) }", vars("g", groupId)).getInt("usersCount");
    }

    @Test
    void deletingAGroupMovesItsPatientsToTheReceivingGroupOrIntoNone() {
        String key = Fixtures.newOrganization("Groups " + Api.unique());
        String leaving = createGroup(key, "Leaving");
        String receiving = createGroup(key, "Receiving");
        String unique = Api.unique();
        String patient = Fixtures.createClient(key, "Moved", "Patient" + unique, "m." + unique + "@example.com");
        data(key, "mutation($ids: [ID!], $g: String) { bulkUpdateClients(input: {ids: $ids, user_group_id: $g, active_status: false}) { users { id } } }",
                vars("ids", Json.createArrayBuilder().add(patient).build(), "g", leaving));
        assertThat(patientsInGroup(key, leaving)).isEqualTo(1);
        // user_group_id won over active_status: the patient is still active
        assertThat(data(key, "query($id: ID) { user(id: $id) { active } }", vars("id", patient)).getJsonObject("user").getBoolean("active")).isTrue();

        data(key, "mutation($id: ID!, $to: ID) { deleteUserGroup(input: {id: $id, group_to_receive_clients: $to}) { user_group { id } } }",
                vars("id", leaving, "to", receiving));
        assertThat(patientsInGroup(key, receiving)).isEqualTo(1);

        data(key, "mutation($id: ID!) { deleteUserGroup(input: {id: $id}) { user_group { id } } }", vars("id", receiving));
        assertThat(data(key, "query($id: ID) { user(id: $id) { user_group_id } }", vars("id", patient))
                .getJsonObject("user").isNull("user_group_id")).isTrue();
    }

    @Test
    void aPersonSigningUpWithAnInviteCodeJoinsTheGroupAndItsOrganization() {
        String key = Fixtures.newOrganization("Invites " + Api.unique());
        String groupId = createGroup(key, "Invited");
        String code = data(key, "query($id: ID) { userGroup(id: $id) { invite_code } }", vars("id", groupId))
                .getJsonObject("userGroup").getString("invite_code");
        String unique = Api.unique();
        JsonObject signedUp = data(null, "mutation($c: String, $e: String, $p: String, $l: String) { signUp(input: {first_name: \"In\", last_name: $l, email: $e, password: $p, role: \"patient\", invite_code: $c}) { user { id user_group_id } messages { field message } } }",
                vars("c", code, "e", "in." + unique + "@example.com", "p", Fixtures.STRONG_PASSWORD, "l", "Vited" + unique)).getJsonObject("signUp");
        assertThat(signedUp.isNull("messages")).as(signedUp.toString()).isTrue();
        assertThat(signedUp.getJsonObject("user").getString("user_group_id")).isEqualTo(groupId);
        assertThat(patientsInGroup(key, groupId)).isEqualTo(1);

        JsonObject unknown = data(null, "mutation { signUp(input: {first_name: \"X\", last_name: \"Y\", email: \"x@y.co\", password: \"correct horse battery staple 42!\", role: \"patient\", invite_code: \"nope\"}) { user { id } messages { field message } } }", null)
                .getJsonObject("signUp");
        assertThat(unknown.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("invite_code");
    }

    @Test
    void groupAndTagInputIsValidatedAndOtherOrganizationsGroupsAndTagsAreNotFound() {
        String key = Fixtures.newOrganization("Validation " + Api.unique());
        String other = Fixtures.newOrganization("Other " + Api.unique());
        String groupId = createGroup(key, "Mine");
        String tagId = data(key, "mutation { createTag(input: {name: \"Mine\"}) { tag { id } } }", null)
                .getJsonObject("createTag").getJsonObject("tag").getString("id");

        assertThat(data(key, "mutation { createGroup(input: {name: \" \"}) { user_group { id } messages { field } } }", null)
                .getJsonObject("createGroup").getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("name");
        assertThat(graphql(key, "{ userGroups(sort_by: \"size\") { id } }", null).getJsonArray("errors").getJsonObject(0)
                .getString("message")).contains("sort_by");
        assertThat(data(key, "mutation { createTag(input: {name: \"MINE\"}) { tag { id } messages { field message } } }", null)
                .getJsonObject("createTag").getJsonArray("messages").getJsonObject(0).getString("message")).contains("already been taken");

        assertThat(graphql(other, "query($id: ID) { userGroup(id: $id) { name } }", vars("id", groupId))
                .getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("NOT_FOUND");
        assertThat(data(other, "mutation($id: ID) { deleteTag(input: {id: $id}) { tag { id } messages { field message } } }", vars("id", tagId))
                .getJsonObject("deleteTag").isNull("tag")).isTrue();
        assertThat(data(other, "{ tags { id } }", null).getJsonArray("tags")).isEmpty();
        String stranger = Fixtures.createClient(other, "Str", "Anger" + Api.unique(), "s." + Api.unique() + "@example.com");
        assertThat(data(key, "mutation($t: ID, $u: ID) { bulkApply(input: {ids: [$t], taggable_user_id: $u}) { tags { id } messages { field } } }",
                vars("t", tagId, "u", stranger)).getJsonObject("bulkApply").getJsonArray("messages").getJsonObject(0).getString("field"))
                .isEqualTo("taggable_user_id");

        String patient = Fixtures.createClient(key, "Not", "Tagged" + Api.unique(), "n." + Api.unique() + "@example.com");
        assertThat(data(key, "mutation($t: ID, $u: ID) { removeAppliedTag(input: {id: $t, taggable_user_id: $u}) { tag { id } messages { message } } }",
                vars("t", tagId, "u", patient)).getJsonObject("removeAppliedTag").getJsonArray("messages").getJsonObject(0).getString("message"))
                .contains("not applied");
    }

    @Test
    void theOrganizationIsFoundByIdProviderEmailOrForAClientAndNoOtherIsVisible() {
        String name = "Lookup " + Api.unique();
        String key = Fixtures.newOrganization(name);
        String otherKey = Fixtures.newOrganization("Hidden " + Api.unique());
        String ownerId = Fixtures.currentUserId(key);
        String organizationId = data(key, "{ organization { id } }", null).getJsonObject("organization").getString("id");
        String ownerEmail = data(key, "{ user(or_current_user: true) { email } }", null).getJsonObject("user").getString("email");
        String query = "query($id: ID, $p: ID, $ps: [ID], $e: String, $c: Boolean) { organization(id: $id, provider_id: $p, provider_ids: $ps, email: $e, for_client: $c) { id name } }";

        assertThat(data(key, query, vars("id", organizationId)).getJsonObject("organization").getString("name")).isEqualTo(name);
        assertThat(data(key, query, vars("p", ownerId)).getJsonObject("organization").getString("id")).isEqualTo(organizationId);
        assertThat(data(key, query, vars("ps", Json.createArrayBuilder().add(ownerId).build())).getJsonObject("organization")
                .getString("id")).isEqualTo(organizationId);
        assertThat(data(key, query, vars("e", ownerEmail)).getJsonObject("organization").getString("id")).isEqualTo(organizationId);

        String unique = Api.unique();
        String email = "client." + unique + "@example.com";
        data(null, "mutation($e: String, $p: String, $d: String, $l: String) { signUp(input: {first_name: \"Cli\", last_name: $l, email: $e, password: $p, role: \"patient\", dietitian_id: $d}) { user { id } } }",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD, "d", ownerId, "l", "Ent" + unique));
        String patientToken = data(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) { token } }",
                vars("e", email, "p", Fixtures.STRONG_PASSWORD)).getJsonObject("signIn").getString("token");
        assertThat(data(patientToken, query, vars("c", true)).getJsonObject("organization").getString("name")).isEqualTo(name);

        JsonObject hidden = graphql(otherKey, query, vars("id", organizationId));
        assertThat(hidden.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("NOT_FOUND");
        assertThat(hidden.toString()).doesNotContain(name);
    }

    @Test
    void aParentOrganizationSeesAndStaffsItsSubOrganizationButNotTheReverse() {
        String parentKey = Fixtures.newOrganization("Parent " + Api.unique());
        String parentId = data(parentKey, "{ organization { id } }", null).getJsonObject("organization").getString("id");
        JsonObject child = data(TestServer.BOOTSTRAP_KEY, "mutation($p: ID, $e: String) { createOrganization(input: {name: \"Child clinic\", parent_id: $p, first_name: \"C\", last_name: \"Owner\", email: $e}) { organization { id parent_id } api_key } }",
                vars("p", parentId, "e", "child." + Api.unique() + "@x.org")).getJsonObject("createOrganization");
        String childId = child.getJsonObject("organization").getString("id");
        assertThat(child.getJsonObject("organization").getString("parent_id")).isEqualTo(parentId);

        assertThat(data(parentKey, "query($id: ID) { organization(id: $id) { name } }", vars("id", childId))
                .getJsonObject("organization").getString("name")).isEqualTo("Child clinic");
        JsonObject member = data(parentKey, "mutation($o: ID, $e: String) { createOrganizationMembership(input: {organization_id: $o, first_name: \"Sub\", last_name: \"Member\", email: $e}) { organizationMembership { id } messages { field message } } }",
                vars("o", childId, "e", "sub." + Api.unique() + "@x.org")).getJsonObject("createOrganizationMembership");
        assertThat(member.isNull("messages")).as(member.toString()).isTrue();

        JsonObject upwards = graphql(child.getString("api_key"), "query($id: ID) { organization(id: $id) { name } }", vars("id", parentId));
        assertThat(upwards.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void inAListEachUserShowsTheirOwnTagsAndAddresses() {
        String key = Fixtures.newOrganization("Lists " + Api.unique());
        String unique = Api.unique();
        String first = Fixtures.createClient(key, "Ann", "Listed" + unique, "ann." + unique + "@example.com");
        String second = Fixtures.createClient(key, "Bob", "Listed" + unique, "bob." + unique + "@example.com");
        Fixtures.createClient(key, "Cid", "Listed" + unique, "cid." + unique + "@example.com");
        data(key, "mutation($u: ID) { createTag(input: {name: \"red\", taggable_user_id: $u}) { tag { id } } }", vars("u", first));
        String blue = data(key, "mutation($u: ID) { createTag(input: {name: \"blue\", taggable_user_id: $u}) { tag { id } } }", vars("u", second))
                .getJsonObject("createTag").getJsonObject("tag").getString("id");
        data(key, "mutation($t: ID, $u: ID) { bulkApply(input: {ids: [$t], taggable_user_id: $u}) { tags { id } } }", vars("t", blue, "u", first));
        data(key, "mutation($u: String) { createLocation(input: {user_id: $u, city: \"Boston\"}) { location { id } } }", vars("u", second));

        JsonObject listed = data(key, "query($k: String) { users(keywords: $k, sort_by: \"first_name_asc\") { first_name active_tags { name } locations { city } } }",
                vars("k", "Listed" + unique));
        String byUser = listed.getJsonArray("users").toString();
        assertThat(byUser).isEqualTo("[{\"first_name\":\"Ann\",\"active_tags\":[{\"name\":\"blue\"},{\"name\":\"red\"}],\"locations\":[]},"
                + "{\"first_name\":\"Bob\",\"active_tags\":[{\"name\":\"blue\"}],\"locations\":[{\"city\":\"Boston\"}]},"
                + "{\"first_name\":\"Cid\",\"active_tags\":[],\"locations\":[]}]");
    }

    @Test
    void everyDocumentedSortIsAcceptedAndAnUnknownOneRefused() {
        String key = Fixtures.newOrganization("Sorts " + Api.unique());
        for (String sort : new String[] {"last_name", "email", "first_name_asc", "first_name_desc", "last_name_asc",
                "last_name_desc", "created_at_desc", "created_at_asc", "updated_at_desc", "updated_at_asc", "group_name_asc",
                "group_name_desc", "provider_name_asc", "provider_name_desc", "next_appt_asc", "next_appt_desc"}) {
            assertThat(data(key, "query($s: String) { organizationMembers(sort_by: $s) { id } }", vars("s", sort))
                    .getJsonArray("organizationMembers")).as(sort).hasSize(1);
        }
        createGroup(key, "b");
        createGroup(key, "a");
        for (String sort : new String[] {"name", "invite_code", "created_at_asc", "created_at_desc", "group_name_asc",
                "group_name_desc", "users_count_asc", "users_count_desc"}) {
            assertThat(data(key, "query($s: String) { userGroups(sort_by: $s) { name } }", vars("s", sort))
                    .getJsonArray("userGroups")).as(sort).hasSize(2);
        }
        assertThat(data(key, "{ userGroups(sort_by: \"group_name_desc\") { name } }", null).getJsonArray("userGroups")
                .getJsonObject(0).getString("name")).isEqualTo("b");
        assertThat(graphql(key, "{ organizationMembers(sort_by: \"height\") { id } }", null).getJsonArray("errors")
                .getJsonObject(0).getString("message")).contains("sort_by");
    }

    @Test
    void membersAreManagedOnlyByThoseEntrustedAndARemovedMembersKeyStopsWorking() {
        String ownerKey = Fixtures.newOrganization("Members " + Api.unique());
        String organizationId = data(ownerKey, "{ organization { id } }", null).getJsonObject("organization").getString("id");
        String unique = Api.unique();
        String addMember = "mutation($o: ID, $e: String, $r: String, $p: String, $s: [String]) { createOrganizationMembership(input: {organization_id: $o, first_name: \"Mem\", last_name: \"Ber\", email: $e, org_role: $r, password: $p, licensed_states: $s}) { organizationMembership { id } messages { field message } } }";

        JsonObject badRole = data(ownerKey, addMember, vars("o", organizationId, "e", "r." + unique + "@x.org", "r", "Boss"))
                .getJsonObject("createOrganizationMembership");
        assertThat(badRole.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("org_role");
        JsonObject weak = data(ownerKey, addMember, vars("o", organizationId, "e", "w." + unique + "@x.org", "p", "password1"))
                .getJsonObject("createOrganizationMembership");
        assertThat(weak.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("password");

        String staffEmail = "staff." + unique + "@x.org";
        String staffId = data(ownerKey, addMember, vars("o", organizationId, "e", staffEmail, "r", "Support", "p", Fixtures.STRONG_PASSWORD,
                "s", Json.createArrayBuilder().add("ca").build())).getJsonObject("createOrganizationMembership")
                .getJsonObject("organizationMembership").getString("id");
        JsonObject duplicate = data(ownerKey, addMember, vars("o", organizationId, "e", staffEmail.toUpperCase()))
                .getJsonObject("createOrganizationMembership");
        assertThat(duplicate.getJsonArray("messages").getJsonObject(0).getString("field")).isEqualTo("email");
        assertThat(data(ownerKey, "{ organizationMembers(licensed_in_state: \"CA\") { id } }", null).getJsonArray("organizationMembers"))
                .extracting(v -> v.asJsonObject().getString("id")).containsExactly(staffId);

        String staffKey = data(null, "mutation($e: String, $p: String) { signIn(input: {email: $e, password: $p}) { token } }",
                vars("e", staffEmail, "p", Fixtures.STRONG_PASSWORD)).getJsonObject("signIn").getString("token");
        JsonObject forbidden = graphql(staffKey, addMember, vars("o", organizationId, "e", "x." + unique + "@x.org"));
        assertThat(forbidden.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("FORBIDDEN");
        JsonObject notSuperAdmin = graphql(staffKey, "mutation($id: ID) { deleteOrganizationMembership(input: {id: $id}) { organizationMembership { id } } }",
                vars("id", staffId));
        assertThat(notSuperAdmin.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("FORBIDDEN");

        data(ownerKey, "mutation($id: ID) { deleteOrganizationMembership(input: {id: $id}) { organizationMembership { id } } }", vars("id", staffId));
        assertThat(graphqlResponse(staffKey, "{ user(or_current_user: true) { id } }", null).statusCode()).isEqualTo(401);
    }
}
