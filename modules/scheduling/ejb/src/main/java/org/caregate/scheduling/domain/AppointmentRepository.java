package org.caregate.scheduling.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Appointments, and the lock that serialises bookings on one provider's calendar. */
public interface AppointmentRepository {

    /**
     * Adds the appointment (written at once: its id comes from the database).
     *
     * @throws BookingConflict when a concurrent booking took the time or the external id first
     */
    void add(Appointment appointment);

    /** The appointment with this id in this organization; deleted ones only when asked for. */
    Optional<Appointment> find(long organizationId, long id, boolean includeDeleted);

    /** The appointment, locked until the transaction ends (for changes that must not interleave). */
    Optional<Appointment> findForUpdate(long organizationId, long id);

    /** The appointment an EHR knows by its own id. */
    Optional<Appointment> findByExternalId(long organizationId, String externalId);

    /** The organization's appointments (not deleted) grouped into this episode of care, by start, at most {@code limit}. */
    List<Appointment> ofEpisode(long organizationId, String episodeId, int limit);

    /**
     * The organization's appointments (not deleted) starting in {@code [from, until)}, by start then id, those after
     * the appointment starting at {@code afterStart} with id {@code afterId} (a keyset page), at most {@code limit}.
     */
    List<Appointment> startingBetween(long organizationId, Instant from, Instant until, Instant afterStart,
                                      long afterId, int limit);

    /**
     * Locks the calendars of these providers until the transaction ends (in id order, so two bookings never
     * deadlock): whoever holds the lock sees every booking committed before it and none can slip in after.
     */
    void lockSchedules(long organizationId, Collection<Long> providerIds);

    /** Time held by active appointments of these providers overlapping {@code [from, until)}, per provider. */
    Map<Long, List<SlotFinder.BusyPeriod>> busy(Collection<Long> providerIds, Instant from, Instant until,
                                                Long exceptAppointmentId);

    /** Active appointments of these providers overlapping {@code [from, until)}, earliest first. */
    List<Appointment> overlapping(Collection<Long> providerIds, Instant from, Instant until, Long exceptAppointmentId);

    /** How many active appointments of this type the patient attends. */
    long activeCountOfType(long patientId, long appointmentTypeId);

    List<Appointment> list(AppointmentSearch search);

    long count(AppointmentSearch search);

    /**
     * Writes pending changes now, so that the database checks the calendar's rules now.
     *
     * @throws BookingConflict when a concurrent booking took the time or the external id first
     */
    void flush();
}
