package org.caregate.forms.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where filled-out forms (with their answers) are kept. */
public interface FilledFormRepository {

    /** Stores a new filled form and its answers; gives them their ids. */
    void add(FilledForm form);

    /** Writes pending changes so that new answers have their ids. */
    void flush();

    void remove(FilledForm form);

    /** The organization's filled form with this id, locked until the transaction ends: changes take turns. */
    Optional<FilledForm> lock(long organizationId, long id);

    /**
     * The template of the organization's filled form with this id (empty when there is no such form or its template
     * was deleted), read without loading or locking the form: a writer shares the template before it locks the form.
     */
    Optional<Long> templateOf(long organizationId, long id);

    /** The organization's filled form with this id. */
    Optional<FilledForm> find(long organizationId, long id);

    /**
     * Makes forms for one appointment take turns until the transaction ends, so that two attaching a chart note at
     * once cannot both find the place free.
     */
    void lockAppointment(long appointmentId);

    /** The organization's form with this role on the appointment. */
    Optional<FilledForm> onAppointment(long organizationId, long appointmentId, AppointmentRole role);

    /** The organization's form with this role on the appointment, locked until the transaction ends. */
    Optional<FilledForm> lockOnAppointment(long organizationId, long appointmentId, AppointmentRole role);

    /** The organization's forms attached to any of these appointments. */
    List<FilledForm> onAppointments(long organizationId, Collection<Long> appointmentIds);

    /**
     * The organization's finished forms that match (each criterion only when given), newest first, from
     * {@code offset}, at most {@code limit}.
     *
     * @param withCharting whether chart notes are included (patients do not see them)
     * @param from         filled at or after, with {@code until}: filled before
     */
    List<FilledForm> search(long organizationId, Long userId, Long fillerId, Long templateId, boolean withCharting,
                            Instant from, Instant until, int offset, int limit);
}
