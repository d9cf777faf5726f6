package org.caregate.scheduling.api;

/** A start time (Unix seconds) at which one of a waiting room's providers is free, and the visit length. */
public record WaitingRoomSlot(long date, int duration) {
}
