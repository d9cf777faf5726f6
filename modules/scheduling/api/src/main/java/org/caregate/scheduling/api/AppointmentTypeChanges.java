package org.caregate.scheduling.api;

import java.util.List;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserGroupId;
import org.caregate.kernel.input.Reading;

/**
 * What creating an appointment type sets or updating one changes; {@code null} leaves a value as it is (or at its
 * default on creation). An id is absent when the client left it out, sent it blank or sent something unreadable;
 * {@code reading} tells which fields were sent and what could not be read of them.
 *
 * @param id                   the type to change; absent when creating one
 * @param userGroupId          the group its bookers are placed in ({@code user_group_id}); sent blank, none
 * @param bookableGroupIds     the groups whose patients may book it: "all", or their ids separated by commas
 *                             ({@code bookable_group_ids}), kept as the client wrote them
 * @param contactTypeOverrides how it may take place, by Healthie's names ({@code contact_type_overrides})
 * @param appointmentSetting   its own booking rules, if any ({@code appointment_setting})
 * @param reading              the fields sent and what the adapter could not read
 */
public record AppointmentTypeChanges(AppointmentTypeId id, String name, Integer length, Boolean clientsCanBook,
                                     Boolean isGroup, Boolean bookableWithoutGroup, Boolean isWaitlistEnabled,
                                     UserGroupId userGroupId, Boolean specificGroups, String bookableGroupIds,
                                     List<String> contactTypeOverrides, AppointmentSettingChanges appointmentSetting,
                                     Reading reading) {
}
