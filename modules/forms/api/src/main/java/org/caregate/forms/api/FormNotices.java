package org.caregate.forms.api;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * What outreach needs to write to someone about a form, by the ids events carry: a patient about a form request, a
 * member about a template shared with them. Not for web adapters.
 */
@Local
public interface FormNotices {

    /** The organization's request with this id, as the patient is told of it; empty when there is none. */
    Optional<FormRequestNotice> request(long organizationId, long requestId);

    /** The organization's template with this id, as the member who received it is told of it; empty when none. */
    Optional<FormShareNotice> sharedForm(long organizationId, long templateId);

    /** The organization's active patient with this id and their outstanding intake forms; empty when none. */
    Optional<IntakeNotice> intake(long organizationId, long patientId);
}
