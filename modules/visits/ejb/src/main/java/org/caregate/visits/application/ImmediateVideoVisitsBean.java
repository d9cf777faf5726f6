package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.visits.api.ImmediateVideoVisits;
import org.caregate.visits.api.VisitLinks;

/**
 * The {@link ImmediateVideoVisits} port: a visit held now is an appointment booked by video from now (outside any
 * calendar, like a partner video room) whose host holds the provider's link and whose guest holds the patient's.
 * Ending it withdraws the appointment, so its links show it closed even after the session started.
 */
@Stateless
public class ImmediateVideoVisitsBean implements ImmediateVideoVisits {

    private static final Duration DEFAULT_LENGTH = Duration.ofMinutes(60);

    @EJB
    VideoAppointments appointments;

    @Inject
    Visits visitRooms;

    @Inject
    VisitSettings settings;

    @EJB
    PeopleDirectory people;

    Clock clock = Clock.systemUTC();

    @Override
    public ImmediateVisit open(long organizationId, long hostUserId) {
        Instant now = clock.instant();
        Duration length = settings.sessionLength() != null ? settings.sessionLength() : DEFAULT_LENGTH;
        VideoAppointment appointment = appointments.book(organizationId, now, length, ZoneOffset.UTC, hostUserId);
        String host = people.person(hostUserId).map(Person::fullName).orElse("Nurse");
        visitRooms.openFor(appointment, host, now);
        return of(visitRooms.links(appointment));
    }

    @Override
    public Optional<ImmediateVisit> visit(long organizationId, long visitId) {
        return appointments.find(organizationId, visitId, true).map(visitRooms::links).map(this::of);
    }

    @Override
    public void end(long organizationId, long visitId) {
        appointments.withdraw(organizationId, visitId);
    }

    private ImmediateVisit of(VisitLinks links) {
        return new ImmediateVisit(links.appointmentId(), links.providerVisitUrl(), links.patientVisitUrl());
    }
}
