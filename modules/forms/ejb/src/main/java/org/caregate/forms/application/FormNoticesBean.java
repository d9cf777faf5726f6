package org.caregate.forms.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.caregate.forms.api.FormNotices;
import org.caregate.forms.api.FormRequestNotice;
import org.caregate.forms.api.FormShareNotice;
import org.caregate.forms.api.IntakeNotice;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.FormTemplateRepository;
import org.caregate.forms.domain.RequestedCompletion;
import org.caregate.forms.domain.RequestedCompletionRepository;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;

/**
 * Forms as outreach writes about them: a request to its patient (the clinic, the form, the patient), a shared
 * template to the member who owns the copy, and a patient's outstanding intake forms.
 */
@Stateless
public class FormNoticesBean implements FormNotices {

    @Inject
    RequestedCompletionRepository requests;

    @Inject
    FormTemplateRepository templates;

    @EJB
    PeopleDirectory people;

    @EJB
    OrganizationDirectory organizations;

    @Inject
    Intakes intakes;

    @Override
    public Optional<FormRequestNotice> request(long organizationId, long requestId) {
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

    @Override
    public Optional<FormShareNotice> sharedForm(long organizationId, long templateId) {
        return templates.find(organizationId, templateId).flatMap(template -> people.person(template.ownerUserId())
                .filter(member -> member.active() && member.email() != null && !member.email().isBlank())
                .map(member -> new FormShareNotice(template.id(), organizationId,
                        organizations.name(organizationId).orElse(null), template.name(), member.fullName(),
                        member.email().strip())));
    }

    @Override
    public Optional<IntakeNotice> intake(long organizationId, long patientId) {
        return people.person(patientId).filter(patient -> patient.isPatient() && patient.active()
                        && patient.organizationId() == organizationId && patient.email() != null
                        && !patient.email().isBlank())
                .map(patient -> new IntakeNotice(patient.id(), organizationId,
                        organizations.name(organizationId).orElse(null), patient.fullName(), patient.email().strip(),
                        intakes.outstanding(patient)));
    }
}
