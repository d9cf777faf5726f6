package org.caregate.scheduling.api;

import java.util.List;

/**
 * What {@code createAppointmentType} sets or {@code updateAppointmentType} changes; {@code null} leaves a value
 * as it is (or at its default on creation).
 */
public record AppointmentTypeChanges(String id, String name, Integer length, Boolean clientsCanBook, Boolean isGroup,
                                     Boolean bookableWithoutGroup, Boolean isWaitlistEnabled, String userGroupId,
                                     Boolean specificGroups, String bookableGroupIds, List<String> contactTypeOverrides,
                                     AppointmentSettingChanges appointmentSetting) {
}
