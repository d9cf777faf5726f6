package org.caregate.scheduling.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/** Waiting rooms: managed by members, listed and searched for slots by EHRs. */
@Local
public interface WaitingRoomFacade {

    List<WaitingRoomView> waitingRooms(Caller caller);

    WaitingRoomView createWaitingRoom(Caller caller, WaitingRoomChanges room);

    WaitingRoomView updateWaitingRoom(Caller caller, WaitingRoomChanges changes);

    /**
     * Start times in {@code [after, before]} (Unix seconds) at which one of the room's providers is free for a
     * visit of {@code duration} seconds (the room's slot duration when {@code null}).
     */
    List<WaitingRoomSlot> slots(Caller caller, Long after, Long before, String waitingRoom, Integer duration);
}
