package org.caregate.scheduling.api;

/** A bookable slot: the provider and the start, as "2021-10-10 10:00:00 EDT -04:00" in the asked time zone. */
public record SlotView(long userId, String date, int lengthMinutes) {
}
