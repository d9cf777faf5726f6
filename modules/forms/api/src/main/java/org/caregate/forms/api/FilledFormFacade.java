package org.caregate.forms.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.FormAnswerGroupId;

/**
 * Filled-out forms (Healthie's FormAnswerGroup): a patient's intake, a clinician's chart note. Members fill forms on
 * their organization's patients and read them all; a patient fills non-charting forms for themselves and reads
 * those. Answers are checked against their questions; a locked form (signed ones are locked) never changes.
 */
@Local
public interface FilledFormFacade {

    FilledFormView create(Caller caller, NewFilledForm form);

    /** One filled form, finished or not. */
    FilledFormView filledForm(Caller caller, FormAnswerGroupId id);

    /** Finished forms that match, newest first. */
    List<FilledFormView> filledForms(Caller caller, FilledFormSearch search);

    /** Changes the answers sent (and may finish the form); the form must not be locked. */
    FilledFormView update(Caller caller, FilledFormChanges changes);

    /** Locks a finished form for good: it can no longer change or be deleted. */
    FilledFormView lock(Caller caller, FormAnswerGroupId id);

    /** Signs a finished form as the caller (a provider), which locks it. */
    FilledFormView sign(Caller caller, FormAnswerGroupId id);

    /** Deletes a form that is not locked; returns it as it was. */
    FilledFormView delete(Caller caller, FormAnswerGroupId id);

    /**
     * The forms attached to these appointments of the caller's organization, as the caller may see them: a patient
     * does not see chart notes.
     */
    List<FilledFormView> forAppointments(Caller caller, List<Long> appointmentIds);

    /** Solo's visit note: the appointment's chart note with its template, if it has one. Members only. */
    Optional<VisitNote> visitNote(Caller caller, AppointmentId appointment);

    /**
     * Writes Solo's visit note: the appointment's chart note on the organization's charting template called
     * {@code templateName}, created finished if there is none; answers replace those of the questions named.
     */
    VisitNote writeVisitNote(Caller caller, AppointmentId appointment, String templateName,
                             List<VisitNoteAnswer> answers);
}
