package org.caregate.scheduling.api;

/**
 * An availability as clients read it: {@code rangeStart}/{@code rangeEnd} "2022-08-15 07:30:00 +0200" (the
 * first opening), {@code durationString} "5h", {@code timezoneAbbr} "CEST".
 */
public record AvailabilityView(long id, long providerId, int dayOfWeek, boolean isRepeating, String rangeStart,
                               String rangeEnd, String durationString, String timezone, String timezoneAbbr) {
}
