package org.caregate.scheduling.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;
import org.caregate.kernel.input.Reading;
import org.caregate.scheduling.api.AppointmentQuery;
import org.caregate.scheduling.api.AppointmentTypeView;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentSearch;
import org.caregate.scheduling.domain.SchedulingTimes;

/**
 * Finding appointments: one the caller may see, a page of someone's (or the organization's) appointments, how
 * many there are, and each person's next one. Staff see the organization's appointments, a patient only their own.
 */
@Dependent
class AppointmentLookup {

    private static final int DEFAULT_PAGE_SIZE = 10;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentViews views;

    @EJB
    PeopleDirectory people;

    Clock clock = Clock.systemUTC();

    /** One appointment the caller may see; deleted ones only for staff who ask for them. */
    AppointmentView appointment(Caller caller, AppointmentId id, boolean includeDeleted) {
        Access.requireAuthenticated(caller);
        return views.of(visible(caller, id, includeDeleted && caller.isMember()));
    }

    List<AppointmentView> appointments(Caller caller, AppointmentQuery query) {
        AppointmentSearch search = search(caller, query, true);
        List<AppointmentView> found = new ArrayList<>();
        Map<Long, AppointmentTypeView> typeViews = new HashMap<>();
        for (Appointment appointment : Pages.withinUnpagedLimit(appointments.list(search), "should_paginate",
                "appointments")) {
            found.add(views.of(appointment, typeViews));
        }
        return found;
    }

    long count(Caller caller, AppointmentQuery query) {
        return appointments.count(search(caller, query, false));
    }

    /** The date of each user's next active appointment (null where none), for the users the caller may see. */
    List<String> nextAppointmentDates(Caller caller, List<Long> userIds) {
        Access.requireAuthenticated(caller);
        Instant now = clock.instant();
        List<String> dates = new ArrayList<>();
        for (Long userId : userIds) {
            boolean visible = caller.isMember() || userId.equals(caller.userId());
            dates.add(visible ? appointments.list(new AppointmentSearch(caller.organizationId(), userId,
                            AppointmentSearch.When.FUTURE, AppointmentSearch.Statuses.ACTIVE,
                            AppointmentSearch.Order.DATE_ASC, now, null, 0, 1)).stream().findFirst()
                    .map(a -> SchedulingTimes.appointmentDate(a.startsAt())).orElse(null)
                    : null);
        }
        return dates;
    }

    /** The organization's visits grouped into the episode, by start, as many as one unpaged answer holds. */
    List<AppointmentView> ofEpisode(Caller caller, EpisodeId episode) {
        Access.requireMember(caller);
        return Pages.withinUnpagedLimit(appointments.ofEpisode(caller.organizationId(), episode.toString(),
                Pages.unpagedQueryLimit()), "episode_id", "appointments").stream().map(views::of).toList();
    }

    /** Most visits one report page reads. */
    static final int MAX_PAGE = 500;

    /** A keyset page of the organization's visits starting in [from, until), by start then id (reports). */
    List<AppointmentView> startingBetween(Caller caller, Instant from, Instant until, AppointmentView after,
                                          int limit) {
        Access.requireMember(caller);
        Instant afterStart = after == null ? from : after.start();
        long afterId = after == null ? -1L : after.id();
        return appointments.startingBetween(caller.organizationId(), from, until, afterStart, afterId,
                        Math.max(1, Math.min(MAX_PAGE, limit))).stream().map(views::of).toList();
    }

    /** The appointment of this id if the caller may see it: staff of its organization, or a patient taking part. */
    Appointment visible(Caller caller, AppointmentId id, boolean includeDeleted) {
        return appointments.find(caller.organizationId(), id.value(), includeDeleted)
                .filter(a -> caller.isMember() || a.involves(caller.userId()))
                .orElseThrow(() -> new NotFoundException("Appointment"));
    }

    private AppointmentSearch search(Caller caller, AppointmentQuery query, boolean paged) {
        Access.requireAuthenticated(caller);
        Reading reading = query.reading();
        Inputs inputs = new Inputs();
        inputs.report(reading, "user_id");
        AppointmentSearch.When when = AppointmentSearch.When.FUTURE;
        if (query.filter() != null && !query.filter().isBlank()) {
            Optional<AppointmentSearch.When> named = AppointmentSearch.When.named(query.filter());
            if (named.isEmpty()) {
                inputs.problem("filter", "must be one of future, upcoming, past, ended, didnt-occur, all");
            }
            when = named.orElse(when);
        }
        AppointmentSearch.Order order = when == AppointmentSearch.When.FUTURE ? AppointmentSearch.Order.DATE_ASC
                : AppointmentSearch.Order.DATE_DESC;
        if (query.orderBy() != null && !query.orderBy().isBlank()) {
            try {
                order = AppointmentSearch.Order.valueOf(query.orderBy().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                inputs.problem("order_by", "must be one of DATE_ASC, DATE_DESC, CREATED_AT_ASC, CREATED_AT_DESC");
            }
        }
        int pageSize = query.pageSize() == null ? DEFAULT_PAGE_SIZE : query.pageSize();
        if (pageSize < 1 || pageSize > 1000) {
            inputs.problem("page_size", "must be between 1 and 1000");
        }
        int offset = query.offset() == null ? 0 : query.offset();
        if (offset < 0) {
            inputs.problem("offset", "must not be negative");
        }
        inputs.report(reading, "after");
        Long after = query.after() == null ? null : query.after().value();
        if (after != null && paged && appointments.find(caller.organizationId(), after, true)
                .filter(anchor -> caller.isMember() || anchor.involves(caller.userId())).isEmpty()) {
            inputs.problem("after", "is not the cursor of an appointment you can see");
        }
        inputs.check();

        Long participant;
        if (!caller.isMember()) {
            participant = caller.userId();
        } else if (query.userId() != null) {
            participant = people.person(query.userId().value())
                    .filter(p -> p.organizationId() == caller.organizationId())
                    .map(Person::id).orElseThrow(() -> new NotFoundException("User"));
        } else {
            participant = Boolean.TRUE.equals(query.isOrg()) ? null : caller.userId();
        }
        AppointmentSearch.Statuses statuses = AppointmentSearch.Statuses.NOT_CANCELLED;
        if (Boolean.TRUE.equals(query.withAllStatuses())) {
            statuses = AppointmentSearch.Statuses.ALL;
        } else if ("didnt-occur".equalsIgnoreCase(query.filter() == null ? "" : query.filter().strip())) {
            statuses = AppointmentSearch.Statuses.DID_NOT_OCCUR;
        } else if (Boolean.TRUE.equals(query.isActive())) {
            statuses = AppointmentSearch.Statuses.ACTIVE;
        }
        boolean paginate = paged && Boolean.TRUE.equals(query.shouldPaginate());
        Integer limit = null;
        if (paginate || (paged && after != null)) {
            limit = pageSize;
        } else if (paged) {
            limit = Pages.unpagedQueryLimit();
        }
        return new AppointmentSearch(caller.organizationId(), participant, when, statuses, order, clock.instant(),
                paged ? after : null, paginate ? offset : 0, limit);
    }
}
