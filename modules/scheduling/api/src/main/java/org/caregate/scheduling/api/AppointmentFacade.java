package org.caregate.scheduling.api;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.EpisodeId;

/**
 * Booking, listing, moving and cancelling appointments. Patients book open slots only and never over another
 * appointment; staff may book anywhere; EHRs book into waiting rooms.
 */
@Local
public interface AppointmentFacade {

    AppointmentView createAppointment(Caller caller, NewAppointment appointment);

    /**
     * Books an open slot for the calling patient, or for a person without an account: the patient of that name
     * and email in the provider's organization, whose record the booking leaves as it is, or a patient registered
     * now. An anonymous caller is answered with the booking's own confirmation only (ADR 16).
     */
    AppointmentView completeCheckout(Caller caller, CheckoutRequest checkout);

    /**
     * Checks a checkout as {@link #completeCheckout} would — the same refusals, the slot still open — and answers
     * whom and what it would book, without booking. A person without an account is found or registered now.
     */
    PreparedCheckout prepareCheckout(Caller caller, CheckoutRequest checkout);

    AppointmentView appointment(Caller caller, AppointmentId id, boolean includeDeleted);

    List<AppointmentView> appointments(Caller caller, AppointmentQuery query);

    long appointmentsCount(Caller caller, AppointmentQuery query);

    AppointmentView updateAppointment(Caller caller, AppointmentChanges changes);

    /** Members delete (softly); a patient cancels their own. */
    AppointmentView deleteAppointment(Caller caller, AppointmentId id, Boolean deleteRecurring);

    /** The date of each user's next active appointment (null where none), for the users the caller may see. */
    List<String> nextAppointmentDates(Caller caller, List<Long> userIds);

    List<BookingWarning> appointmentBookingWarnings(Caller caller, WarningQuery query);

    /** An EHR books a visit for the patient into a waiting room; its video visit (and links) open with it. */
    AppointmentView bookIntoWaitingRoom(Caller caller, long patientId, EhrAppointment visit);

    /** An EHR changes or cancels a visit. */
    AppointmentView changeForEhr(Caller caller, AppointmentId id, EhrAppointment changes);

    /**
     * Groups a visit into an episode of care of its patient ({@code episodeId} as the client sent it), or takes it
     * out of its episode when {@code episodeId} is null or blank. Another organization's episode is not found.
     */
    AppointmentView assignEpisode(Caller caller, AppointmentId id, String episodeId);

    /** The organization's visits grouped into this episode of care, by start; members only. */
    List<AppointmentView> ofEpisode(Caller caller, EpisodeId episode);

    /**
     * One page of the organization's visits (not deleted, any status) starting in {@code [from, until)}, by start
     * then id: the first page when {@code after} is null, else the visits after it (a keyset page, so a long range
     * is read a page at a time and never held whole). Members only; {@code limit} is held to 1..500.
     */
    List<AppointmentView> startingBetween(Caller caller, Instant from, Instant until, AppointmentView after, int limit);
}
