package org.caregate.forms.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.caregate.forms.api.FormRequestDirectory;
import org.caregate.forms.api.FormRequestNotice;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.FormTemplateRepository;
import org.caregate.forms.domain.RequestedCompletion;
import org.caregate.forms.domain.RequestedCompletionRepository;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;

/** Form completion requests as outreach writes to patients about them: the clinic, the form and the patient. */
@Stateless
public class FormRequestDirectoryBean implements FormRequestDirectory {

    @Inject
    RequestedCompletionRepository requests;

    @Inject
    FormTemplateRepository templates;

    @EJB
    PeopleDirectory people;

    @EJB
    OrganizationDirectory organizations;

    @Override
    public Optional<FormRequestNotice> notice(long organizationId, long requestId) {
        Optional<RequestedCompletion> found = requests.find(organizationId, requestId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RequestedCompletion request = found.get();
        Optional<FormTemplate> form = templates.find(organizationId, request.formId());
        Optional<Person> patient = people.person(request.recipientId());
        if (form.isEmpty() || patient.isEmpty()) {
            return Optional.empty();
        }
        String email = patient.get().email() == null || patient.get().email().isBlank() ? null
                : patient.get().email().strip();
        return Optional.of(new FormRequestNotice(request.id(), organizationId,
                organizations.name(organizationId).orElse(null), form.get().name(), patient.get().fullName(), email,
                !request.completed() && patient.get().active()));
    }
}
