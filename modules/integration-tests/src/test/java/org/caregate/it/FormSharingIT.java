package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.it.Api.data;
import static org.caregate.it.Api.vars;
import static org.caregate.it.Fixtures.seedExample;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's "Sharing a Form": the example pasted as printed gives a member of the organization their own copy of a
 * template, questions and all, and the member is emailed (GreenMail); an address that is no member of the caller's
 * organization is refused on {@code form_share_recipient}, and another organization's template is not found.
 */
class FormSharingIT {

    private static final String MEMBER = """
            mutation($o: ID, $e: String, $l: String) { createOrganizationMembership(input: {organization_id: $o,
              first_name: "Sam", last_name: $l, email: $e}) { organizationMembership { user { id } }
              messages { field message } } }""";
    private static final String READ = """
            query($id: ID) { customModuleForm(id: $id) { id name custom_modules { id label } } }""";

    private static String owner;
    private static String other;

    @BeforeAll
    static void organizations() {
        owner = Fixtures.newOrganization("Sharing " + Api.unique());
        other = Fixtures.newOrganization("Other sharing " + Api.unique());
    }

    @Test
    void theSeedsExampleGivesAMemberAnIndependentCopyAndEmailsThem() {
        String email = member(owner);
        String name = "Shared intake " + Api.unique();
        String form = FormRequestsIT.template(owner, name);
        JsonObject question = data(owner, """
                mutation($f: String) { createCustomModule(input: {custom_module_form_id: $f, mod_type: "text",
                  label: "Your name"}) { customModule { id } messages { field message } } }""", vars("f", form))
                .getJsonObject("createCustomModule");
        assertThat(question.isNull("messages")).as(question.toString()).isTrue();

        JsonObject shared = data(owner, seedExample("001-forms-shareCustomModuleForm.graphql"),
                vars("id", form, "form_share_recipient", email)).getJsonObject("shareCustomModuleForm");
        assertThat(shared.isNull("messages")).as(shared.toString()).isTrue();
        String copy = shared.getJsonObject("customModuleForm").getString("id");
        assertThat(copy).isNotEqualTo(form);
        JsonObject read = data(owner, READ, vars("id", copy)).getJsonObject("customModuleForm");
        assertThat(read.getString("name")).isEqualTo(name);
        assertThat(read.getJsonArray("custom_modules").getJsonObject(0).getString("label")).isEqualTo("Your name");
        assertThat(read.getJsonArray("custom_modules").getJsonObject(0).getString("id"))
                .isNotEqualTo(question.getJsonObject("customModule").getString("id"));

        List<MimeMessage> mail = OutreachIT.awaitMail(email, 1);
        assertThat(OutreachIT.subject(mail.get(0))).isEqualTo("A form was shared with you: \"" + name + "\"");
    }

    @Test
    void onlyAMemberOfTheOrganizationReceivesACopyOfItsOwnTemplates() {
        String form = FormRequestsIT.template(owner, "Not for them " + Api.unique());
        String theirMember = member(other);
        String patient = "patient." + Api.unique() + "@example.org";
        Fixtures.createClient(owner, "Pat", "Patient", patient);
        for (String refused : List.of(theirMember, patient, "nobody." + Api.unique() + "@example.org", "not an email")) {
            JsonObject payload = data(owner, seedExample("001-forms-shareCustomModuleForm.graphql"),
                    vars("id", form, "form_share_recipient", refused)).getJsonObject("shareCustomModuleForm");
            assertThat(payload.getJsonArray("messages").getJsonObject(0).getString("field")).as(refused)
                    .isEqualTo("form_share_recipient");
        }
        JsonObject foreign = data(other, seedExample("001-forms-shareCustomModuleForm.graphql"),
                vars("id", form, "form_share_recipient", theirMember)).getJsonObject("shareCustomModuleForm");
        assertThat(foreign.getJsonArray("messages").getJsonObject(0).getString("message")).endsWith("not found");
        assertThat(OutreachIT.mailTo(theirMember)).isEmpty();
    }

    /** A new member of the organization; returns their email address. */
    private static String member(String key) {
        String email = "member." + Api.unique() + "@example.org";
        String organization = data(key, "{ organization { id } }", null).getJsonObject("organization").getString("id");
        JsonObject created = data(key, MEMBER, vars("o", organization, "e", email, "l", "Member"
                + Api.unique().replace("-", "")))
                .getJsonObject("createOrganizationMembership");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        return email;
    }
}
