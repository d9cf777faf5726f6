package org.caregate.scheduling.api;

/**
 * {@code createAvailability} / {@code editAvailability}: {@code rangeStart} "August 16, 2022", {@code time} and
 * {@code endTime} "07 30", {@code dayOfWeek} 0 (Sunday) to 6, {@code userId} the provider (the caller by default).
 */
public record AvailabilityChanges(String id, Integer dayOfWeek, Boolean isRepeating, String rangeStart, String time,
                                  String endTime, String userId, String timezone) {
}
