package org.caregate.scheduling.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.caregate.kernel.id.AvailabilityId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;

/**
 * A provider's open hours, to open or to change: from a first day, between two times of day in the provider's
 * time zone (or the one given), once or weekly. A value is absent when the client left it out, sent it blank or
 * sent something unreadable; {@code reading} tells which fields were sent and what could not be read of them.
 *
 * @param id          the availability to change; absent when opening one
 * @param dayOfWeek   the weekday of a weekly availability, 0 (Sunday) to 6 ({@code day_of_week})
 * @param isRepeating whether the hours open every week ({@code is_repeating})
 * @param rangeStart  the first day ({@code range_start})
 * @param start       when the hours open ({@code time})
 * @param end         when they close ({@code end_time})
 * @param providerId  whose calendar; the caller's when opening, the same provider's when changing ({@code user_id})
 * @param timezone    the zone of the times of day, else the provider's ({@code timezone})
 * @param reading     the fields sent and what the adapter could not read
 */
public record AvailabilityChanges(AvailabilityId id, Integer dayOfWeek, Boolean isRepeating, LocalDate rangeStart,
                                  LocalTime start, LocalTime end, UserId providerId, ZoneId timezone,
                                  Reading reading) {
}
