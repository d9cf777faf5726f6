package org.caregate.scheduling.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;

/**
 * A search for open slots of an appointment type on a provider's calendar (or, at the organization's level, on
 * its providers' calendars): the days of a month that have one, or the slots between two days. A value is absent
 * when the client left it out, sent it blank or sent something unreadable; {@code reading} tells which fields
 * were sent and what could not be read of them.
 *
 * @param providerId              the provider ({@code provider_id}), whose organization the search stays in
 * @param orgLevel                the organization's providers rather than one ({@code org_level})
 * @param providerIds             the organization's providers to search, in the order sent; {@code null} stands
 *                                for an entry that could not be read, whose problem {@code reading} holds in its
 *                                turn ({@code provider_ids})
 * @param appointmentTypeId       the appointment type to book ({@code appt_type_id})
 * @param timezone                the zone the days are read and the slots shown in, else the caller's or the
 *                                provider's ({@code timezone})
 * @param dateFromMonth           a day of the month whose days are asked for ({@code date_from_month})
 * @param startDate               the first day of the slots asked for ({@code start_date})
 * @param endDate                 the last day ({@code end_date})
 * @param startDateBoundary       a later first day, if any ({@code start_date_boundary})
 * @param endDateBoundary         an earlier last day, if any ({@code end_date_boundary})
 * @param appointmentToRescheduleId the appointment being moved, whose time counts as free
 *                                ({@code appointment_to_reschedule_id})
 * @param contactType             how the appointment would take place, by label or name ({@code contact_type})
 * @param reading                 the fields sent and what the adapter could not read
 */
public record SlotQuery(UserId providerId, Boolean orgLevel, List<UserId> providerIds,
                        AppointmentTypeId appointmentTypeId, ZoneId timezone, LocalDate dateFromMonth,
                        LocalDate startDate, LocalDate endDate, LocalDate startDateBoundary,
                        LocalDate endDateBoundary, AppointmentId appointmentToRescheduleId, String contactType,
                        Reading reading) {
}
