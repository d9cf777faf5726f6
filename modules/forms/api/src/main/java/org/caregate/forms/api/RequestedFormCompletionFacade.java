package org.caregate.forms.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.RecurringFormId;
import org.caregate.kernel.id.RequestedFormCompletionId;
import org.caregate.kernel.id.UserId;

/**
 * Form completion requests (Healthie's RequestedFormCompletion): a clinic asks its patients to fill in one of its
 * form templates, once or again and again. For the organization's providers and staff; every id is looked up in the
 * caller's organization, so another organization's request, recurrence, patient or template is not found.
 */
@Local
public interface RequestedFormCompletionFacade {

    /** The organization's requests that match, newest first. */
    List<RequestedCompletionView> requests(Caller caller, RequestSearch search);

    /**
     * Sends the form to each recipient now, one request each; with a recurrence, also sends it again at every
     * occurrence until the recurrence ends or is deleted. Returns the requests sent now, in the recipients' order.
     */
    List<RequestedCompletionView> request(Caller caller, NewRequest request);

    /** Deletes the request, and ends the recurrence {@code recurringForm} when given; returns the request as it was. */
    RequestedCompletionView delete(Caller caller, RequestedFormCompletionId id, RecurringFormId recurringForm);

    /** Emails the patient a reminder of their open request (Healthie's {@code send_form_request_reminder}). */
    RequestedCompletionView remind(Caller caller, UserId patient, RequestedFormCompletionId id);
}
