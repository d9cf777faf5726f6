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
 * Identity's account emails, sent through outreach and read in GreenMail: a patient added without
 * {@code dont_send_welcome} is welcomed, {@code resend_welcome} welcomes again (and changes nothing else), a member
 * added with {@code send_invite_email} is invited; none of them holds a password or a link.
 */
class AccountEmailsIT {

    private static String owner;
    private static String organization;

    @BeforeAll
    static void organization() {
        owner = Fixtures.newOrganization("Welcoming " + Api.unique());
        organization = data(owner, "{ organization { id } }", null).getJsonObject("organization").getString("id");
    }

    @Test
    void aPatientAddedIsWelcomedAndWelcomedAgainOnRequest() throws Exception {
        String email = "welcome." + Api.unique() + "@patients.example";
        JsonObject created = data(owner, seedExample("001-createClient.graphql"), vars("first_name", "Wendy",
                "last_name", "Welcome", "email", email, "dietitian_id", Fixtures.currentUserId(owner)))
                .getJsonObject("createClient");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        String id = created.getJsonObject("user").getString("id");
        MimeMessage welcome = OutreachIT.awaitMail(email, 1).get(0);
        assertThat(OutreachIT.subject(welcome)).startsWith("Welcome to Welcoming");
        assertThat(welcome.getContent().toString()).doesNotContain("http").contains("holds no password");

        JsonObject again = data(owner, """
                mutation($id: ID) { updateClient(input: {id: $id, resend_welcome: true, last_name: "Changed"}) {
                  user { last_name } messages { field message } } }""", vars("id", id)).getJsonObject("updateClient");
        assertThat(again.isNull("messages")).as(again.toString()).isTrue();
        assertThat(again.getJsonObject("user").getString("last_name")).isEqualTo("Welcome");
        OutreachIT.awaitMail(email, 2);

        String quiet = "quiet." + Api.unique() + "@patients.example";
        data(owner, seedExample("001-createClient.graphql"), vars("first_name", "Quinn", "last_name", "Quiet",
                "email", quiet, "dont_send_welcome", true));
        WebhooksIT.sleep(2000);
        assertThat(OutreachIT.mailTo(quiet)).isEmpty();
    }

    @Test
    void aMemberAddedWithSendInviteEmailIsInvited() throws Exception {
        String email = "invited." + Api.unique() + "@example.org";
        JsonObject created = data(owner, """
                mutation($o: ID, $e: String) { createOrganizationMembership(input: {organization_id: $o,
                  first_name: "Ivy", last_name: "Invited", email: $e, send_invite_email: true}) {
                  organizationMembership { user { id } } messages { field message } } }""",
                vars("o", organization, "e", email)).getJsonObject("createOrganizationMembership");
        assertThat(created.isNull("messages")).as(created.toString()).isTrue();
        List<MimeMessage> invitation = OutreachIT.awaitMail(email, 1);
        assertThat(OutreachIT.subject(invitation.get(0))).startsWith("You are invited to join Welcoming");
        assertThat(invitation.get(0).getContent().toString()).doesNotContain("http");
    }
}
