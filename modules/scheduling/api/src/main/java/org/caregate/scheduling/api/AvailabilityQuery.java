package org.caregate.scheduling.api;

import java.util.List;

/** The arguments of {@code availabilities}. */
public record AvailabilityQuery(Boolean showAvailability, Integer dayOfWeek, Boolean oneTime, Boolean isRepeating,
                                Boolean includeRepeating, String startDate, String endDate, Boolean isOrg,
                                List<String> providerIds, String userId) {
}
