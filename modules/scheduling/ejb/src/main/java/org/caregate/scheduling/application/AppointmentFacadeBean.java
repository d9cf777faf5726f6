package org.caregate.scheduling.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.scheduling.api.AppointmentChanges;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentQuery;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.BookingWarning;
import org.caregate.scheduling.api.CheckoutRequest;
import org.caregate.scheduling.api.EhrAppointment;
import org.caregate.scheduling.api.NewAppointment;
import org.caregate.scheduling.api.PreparedCheckout;
import org.caregate.scheduling.api.WarningQuery;

/**
 * Booking and changing appointments, one transaction per call. The use cases do the work: {@link Booking},
 * {@link Rescheduling}, {@link Cancellation}, {@link EhrAppointments}, {@link AppointmentLookup} and the
 * {@link BookingWarnings} report; every booking or move first locks the calendars it touches ({@link Schedules}).
 */
@Stateless
public class AppointmentFacadeBean implements AppointmentFacade {

    @Inject
    Booking booking;

    @Inject
    Rescheduling rescheduling;

    @Inject
    Cancellation cancellation;

    @Inject
    EhrAppointments ehrAppointments;

    @Inject
    AppointmentLookup lookup;

    @Inject
    BookingWarnings warnings;

    @Override
    public AppointmentView createAppointment(Caller caller, NewAppointment request) {
        return booking.bookForPatients(caller, request);
    }

    @Override
    public AppointmentView completeCheckout(Caller caller, CheckoutRequest request) {
        return booking.checkOut(caller, request);
    }

    @Override
    public PreparedCheckout prepareCheckout(Caller caller, CheckoutRequest request) {
        return booking.prepareCheckOut(caller, request);
    }

    @Override
    public AppointmentView appointment(Caller caller, AppointmentId id, boolean includeDeleted) {
        return lookup.appointment(caller, id, includeDeleted);
    }

    @Override
    public List<AppointmentView> appointments(Caller caller, AppointmentQuery query) {
        return lookup.appointments(caller, query);
    }

    @Override
    public long appointmentsCount(Caller caller, AppointmentQuery query) {
        return lookup.count(caller, query);
    }

    @Override
    public AppointmentView updateAppointment(Caller caller, AppointmentChanges changes) {
        return rescheduling.change(caller, changes);
    }

    /** Caregate has no recurring series, so {@code deleteRecurring} changes nothing more. */
    @Override
    public AppointmentView deleteAppointment(Caller caller, AppointmentId id, Boolean deleteRecurring) {
        return cancellation.cancelOrDelete(caller, id);
    }

    @Override
    public List<String> nextAppointmentDates(Caller caller, List<Long> userIds) {
        return lookup.nextAppointmentDates(caller, userIds);
    }

    @Override
    public List<BookingWarning> appointmentBookingWarnings(Caller caller, WarningQuery query) {
        return warnings.report(caller, query);
    }

    @Override
    public AppointmentView bookIntoWaitingRoom(Caller caller, long patientId, EhrAppointment visit) {
        return ehrAppointments.bookIntoWaitingRoom(caller, patientId, visit);
    }

    @Override
    public AppointmentView changeForEhr(Caller caller, AppointmentId id, EhrAppointment changes) {
        return ehrAppointments.change(caller, id, changes);
    }

    @Override
    public AppointmentView assignEpisode(Caller caller, AppointmentId id, String episodeId) {
        return ehrAppointments.assignEpisode(caller, id, episodeId);
    }

    @Override
    public List<AppointmentView> ofEpisode(Caller caller, EpisodeId episode) {
        return lookup.ofEpisode(caller, episode);
    }

    @Override
    public List<AppointmentView> startingBetween(Caller caller, Instant from, Instant until, AppointmentView after,
                                                 int limit) {
        return lookup.startingBetween(caller, from, until, after, limit);
    }
}
