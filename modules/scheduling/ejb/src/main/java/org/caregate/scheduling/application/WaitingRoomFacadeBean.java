package org.caregate.scheduling.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.WaitingRoomChanges;
import org.caregate.scheduling.api.WaitingRoomFacade;
import org.caregate.scheduling.api.WaitingRoomSlot;
import org.caregate.scheduling.api.WaitingRoomView;
import org.caregate.scheduling.domain.SlotFinder;
import org.caregate.scheduling.domain.WaitingRoom;
import org.caregate.scheduling.domain.WaitingRoomRepository;

/** Waiting rooms: members set them up; EHRs list them and search their slots. */
@Stateless
public class WaitingRoomFacadeBean implements WaitingRoomFacade {

    private static final String WAITING_ROOM = "waiting_room";
    private static final long MAX_SEARCH_SECONDS = 62L * 86_400;

    @Inject
    WaitingRoomRepository rooms;

    @Inject
    Calendars calendars;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public List<WaitingRoomView> waitingRooms(Caller caller) {
        Access.requireMember(caller);
        return rooms.list(caller.organizationId()).stream().map(SchedulingViews::of).toList();
    }

    @Override
    public WaitingRoomView createWaitingRoom(Caller caller, WaitingRoomChanges room) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        String name = inputs.required("name", room.name());
        if (name != null && rooms.named(caller.organizationId(), name).isPresent()) {
            inputs.problem("name", "has already been taken");
        }
        List<Long> providers = providers(caller, inputs, room);
        Integer duration = slotDuration(inputs, room.slotDuration());
        String serviceLine = inputs.optional("service_line", room.serviceLine());
        String serviceType = inputs.optional("service_type", room.serviceType());
        inputs.check();
        Instant now = clock.instant();
        WaitingRoom created = WaitingRoom.open(caller.organizationId(), name, now);
        created.classify(serviceLine, serviceType, now);
        if (duration != null) {
            created.changeSlotDuration(duration, now);
        }
        if (providers != null) {
            created.staffWith(providers, now);
        }
        rooms.add(created);
        audit.record(caller, "waiting_room.created", WAITING_ROOM, created.id().toString());
        return SchedulingViews.of(created);
    }

    @Override
    public WaitingRoomView updateWaitingRoom(Caller caller, WaitingRoomChanges changes) {
        Access.requireMember(caller);
        UUID id = changes.id().value();
        WaitingRoom room = rooms.find(caller.organizationId(), id).orElseThrow(() -> new NotFoundException("Waiting room"));
        Inputs inputs = new Inputs();
        String name = changes.name() == null ? null : inputs.required("name", changes.name());
        if (name != null && rooms.named(caller.organizationId(), name).filter(other -> !other.id().equals(id)).isPresent()) {
            inputs.problem("name", "has already been taken");
        }
        List<Long> providers = providers(caller, inputs, changes);
        Integer duration = slotDuration(inputs, changes.slotDuration());
        String serviceLine = inputs.optional("service_line", changes.serviceLine());
        String serviceType = inputs.optional("service_type", changes.serviceType());
        inputs.check();
        Instant now = clock.instant();
        if (name != null) {
            room.rename(name, now);
        }
        if (changes.serviceLine() != null || changes.serviceType() != null) {
            room.classify(changes.serviceLine() != null ? serviceLine : room.serviceLine(),
                    changes.serviceType() != null ? serviceType : room.serviceType(), now);
        }
        if (duration != null) {
            room.changeSlotDuration(duration, now);
        }
        if (providers != null) {
            room.staffWith(providers, now);
        }
        audit.record(caller, "waiting_room.updated", WAITING_ROOM, room.id().toString());
        return SchedulingViews.of(room);
    }

    @Override
    public List<WaitingRoomSlot> slots(Caller caller, Long after, Long before, String waitingRoom, Integer duration) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        if (after == null) {
            inputs.problem("after", "is required");
        }
        if (before == null) {
            inputs.problem("before", "is required");
        }
        String name = inputs.required("waitingRoom", waitingRoom);
        Optional<WaitingRoom> room = name == null ? Optional.empty() : rooms.named(caller.organizationId(), name);
        if (name != null && room.isEmpty()) {
            inputs.problem("waitingRoom", "Waiting room not found");
        }
        if (duration != null && (duration < 1 || duration > 86_400)) {
            inputs.problem("duration", "should be in range [1, 86400]");
        }
        if (after != null && before != null && before < after) {
            inputs.problem("before", "must not be before after");
        }
        if (after != null && before != null && before - after > MAX_SEARCH_SECONDS) {
            inputs.problem("before", "must be at most 62 days after after");
        }
        Instant from = inputs.unixTime("after", after);
        Instant last = inputs.unixTime("before", before);
        inputs.check();
        Duration length = duration != null ? Duration.ofSeconds(duration) : room.get().slotDuration();
        Instant until = last.plusNanos(1);
        List<SlotFinder.ProviderCalendar> staff = calendars.calendars(room.get().providerIds(), null, from, until, null);
        SlotFinder.Search search = new SlotFinder.Search(from, until, length, clock.instant(), length);
        SlotSearchLimit.require("before", staff, search);
        TreeSet<Instant> starts = new TreeSet<>();
        for (SlotFinder.Slot slot : SlotFinder.slots(staff, search)) {
            starts.add(slot.start());
        }
        List<WaitingRoomSlot> slots = new ArrayList<>();
        for (Instant start : starts) {
            slots.add(new WaitingRoomSlot(start.getEpochSecond(), (int) length.toSeconds()));
        }
        return slots;
    }

    /** The room's providers, in order; {@code null} when the request leaves them as they are. */
    private List<Long> providers(Caller caller, Inputs inputs, WaitingRoomChanges changes) {
        return changes.providerIds() == null ? null : calendars.providers(inputs, changes.reading(), "provider_ids",
                changes.providerIds(), caller.organizationId());
    }

    private static Integer slotDuration(Inputs inputs, Integer seconds) {
        if (seconds != null && (seconds < 1 || seconds > 86_400)) {
            inputs.problem("slot_duration", "should be in range [1, 86400] seconds");
            return null;
        }
        return seconds;
    }
}
