package org.caregate.scheduling.api;

/** The arguments of {@code appointmentTypes}. */
public record AppointmentTypeQuery(Integer offset, Boolean shouldPaginate, Integer pageSize, String keywords,
                                   Boolean showGroup, String providerId, Boolean clientsCanBook,
                                   String appointmentTypeIds, Boolean withDeletedApptTypes) {
}
