package org.caregate.forms.application;

import static org.caregate.forms.application.InMemoryForms.ORG;
import static org.caregate.forms.application.InMemoryForms.OTHER_ORG;
import static org.caregate.forms.application.InMemoryForms.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.caregate.forms.api.FormTemplateView;
import org.caregate.forms.api.QuestionChanges;
import org.caregate.forms.api.TemplateChanges;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.CustomModuleFormId;
import org.junit.jupiter.api.Test;

class FormSharingTest {

    private static final Caller EDITOR = member(7, ORG, true);

    private final InMemoryForms forms = new InMemoryForms();

    @Test
    void aMemberReceivesAnIndependentCopyAndIsToldOfIt() {
        FormTemplateView original = forms.facade.createTemplate(EDITOR, new TemplateChanges(null, "Intake", true, null,
                null));
        long question = forms.facade.createQuestion(EDITOR, new QuestionChanges(null,
                new CustomModuleFormId(original.id()), "text", "Name", null, true, null)).id();

        FormTemplateView copy = forms.facade.shareTemplate(EDITOR, new CustomModuleFormId(original.id()),
                " 8@Example.org ");
        assertNotEquals(original.id(), copy.id());
        assertEquals(8, copy.ownerUserId());
        assertEquals("Intake", copy.name());
        assertEquals(1, copy.questions().size());
        assertNotEquals(question, copy.questions().get(0).id());
        assertEquals(List.of("form_template.shared " + copy.id() + " by 7"), forms.events);
    }

    @Test
    void onlyAMemberOfTheOrganizationReceivesAndOnlyAnEditorShares() {
        long form = forms.facade.createTemplate(EDITOR, new TemplateChanges(null, "Intake", null, null, null)).id();
        CustomModuleFormId id = new CustomModuleFormId(form);
        for (String refused : new String[] {"9@example.org", "20@example.org", "nobody@example.org"}) {
            assertEquals(List.of("form_share_recipient"), fields(() -> forms.facade.shareTemplate(EDITOR, id, refused)),
                    refused + ": another organization's member, a patient, nobody");
        }
        assertEquals(List.of("form_share_recipient"), fields(() -> forms.facade.shareTemplate(EDITOR, id, "not mail")));
        assertEquals(List.of("form_share_recipient"), fields(() -> forms.facade.shareTemplate(EDITOR, id, null)));
        assertThrows(ForbiddenException.class, () -> forms.facade.shareTemplate(member(8, ORG, false), id,
                "7@example.org"));
        assertThrows(NotFoundException.class, () -> forms.facade.shareTemplate(member(9, OTHER_ORG, true), id,
                "9@example.org"));
        assertEquals(List.of(), forms.events);
    }

    private static List<String> fields(Runnable call) {
        return assertThrows(InvalidInputException.class, call::run).problems().stream().map(FieldMessage::field)
                .toList();
    }
}
