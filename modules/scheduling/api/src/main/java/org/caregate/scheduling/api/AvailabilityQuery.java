package org.caregate.scheduling.api;

import java.time.LocalDate;
import java.util.List;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;

/**
 * Which open hours to list: the caller's, one provider's, or the organization's (all its providers, or those
 * named), one-time and/or weekly ones, on a weekday or between two days. A value is absent when the client left it
 * out, sent it blank or sent something unreadable; {@code reading} tells which fields were sent and what could
 * not be read of them.
 *
 * @param showAvailability {@code false} lists nothing ({@code show_availability})
 * @param dayOfWeek        only those on this weekday, 0 (Sunday) to 6 ({@code day_of_week})
 * @param oneTime          one-time ones ({@code one_time})
 * @param isRepeating      weekly ones ({@code is_repeating})
 * @param includeRepeating weekly ones besides the one-time ones ({@code includeRepeating})
 * @param from             one-time ones from this day on ({@code startDate})
 * @param until            one-time ones before this day ({@code endDate})
 * @param isOrg            the organization's providers rather than one ({@code is_org})
 * @param providerIds      the organization's providers to list, in the order sent; {@code null} stands for an
 *                         entry that could not be read, whose problem {@code reading} holds in its turn
 *                         ({@code provider_ids})
 * @param providerId       the provider to list, else the caller ({@code user_id})
 * @param reading          the fields sent and what the adapter could not read
 */
public record AvailabilityQuery(Boolean showAvailability, Integer dayOfWeek, Boolean oneTime, Boolean isRepeating,
                                Boolean includeRepeating, LocalDate from, LocalDate until, Boolean isOrg,
                                List<UserId> providerIds, UserId providerId, Reading reading) {
}
