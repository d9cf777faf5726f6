package org.caregate.scheduling.api;

/** The arguments of {@code appointments} and {@code appointmentsCount}. */
public record AppointmentQuery(String userId, String filter, String orderBy, Boolean shouldPaginate, Integer offset,
                               Integer pageSize, Boolean isActive, Boolean withAllStatuses, Boolean isOrg, String after) {
}
