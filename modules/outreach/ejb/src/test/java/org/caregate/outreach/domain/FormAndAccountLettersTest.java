package org.caregate.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The emails about forms and accounts name the clinic and the form, and never carry a link or a password. */
class FormAndAccountLettersTest {

    @Test
    void aFormRequestAndItsReminderNameTheClinicAndTheForm() {
        Letters.FormRequest request = new Letters.FormRequest("Downtown PT", "Ann Asked", "Intake");
        assertThat(Letters.subject(Purpose.FORM_REQUEST, request)).isEqualTo("Downtown PT asks you to fill in \"Intake\"");
        assertThat(Letters.subject(Purpose.FORM_REQUEST_REMINDER, request)).startsWith("Reminder: Downtown PT");
        assertThat(Letters.email(Purpose.FORM_REQUEST, request)).startsWith("Hello Ann Asked,").contains("\"Intake\"")
                .contains("Sign in to your patient account as usual").doesNotContain("http");
        assertThat(Letters.subject(Purpose.FORM_REQUEST, new Letters.FormRequest(null, null, "Intake")))
                .isEqualTo("your care team asks you to fill in \"Intake\"");
    }

    @Test
    void welcomesAndInvitationsHoldNoPasswordAndNoLink() {
        Letters.Account account = new Letters.Account("Downtown PT", "Sam Member");
        assertThat(Letters.subject(Purpose.WELCOME, account)).isEqualTo("Welcome to Downtown PT");
        assertThat(Letters.subject(Purpose.INVITATION, account)).isEqualTo("You are invited to join Downtown PT");
        for (Purpose purpose : new Purpose[] {Purpose.WELCOME, Purpose.INVITATION}) {
            assertThat(Letters.email(purpose, account)).startsWith("Hello Sam Member,").doesNotContain("http")
                    .contains("holds no password and no sign-in link");
        }
        Letters.SharedForm shared = new Letters.SharedForm("Downtown PT", "Sam Member", "Intake");
        assertThat(Letters.subject(shared)).isEqualTo("A form was shared with you: \"Intake\"");
        assertThat(Letters.email(shared)).contains("a colleague at Downtown PT shared the form \"Intake\"")
                .doesNotContain("http");
    }
}
