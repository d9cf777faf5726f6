package org.caregate.scheduling.api;

import java.util.List;

/**
 * The arguments of {@code daysAvailableForRange} ({@code dateFromMonth}) and {@code availableSlotsForRange}
 * ({@code startDate}, {@code endDate} and the boundaries).
 */
public record SlotQuery(String providerId, Boolean orgLevel, List<String> providerIds, String apptTypeId,
                        String timezone, String dateFromMonth, String startDate, String endDate,
                        String startDateBoundary, String endDateBoundary, String appointmentToRescheduleId,
                        String contactType) {
}
