package org.caregate.scheduling.api;

import java.util.List;

/**
 * An appointment type as clients see it.
 *
 * @param availableContactTypes labels ("Healthie Video Call", "In Person", "Phone Call")
 */
public record AppointmentTypeView(long id, String name, int length, boolean clientsCanBook, boolean isGroup,
                                  boolean bookableWithoutGroup, boolean specificGroups, String bookableGroupIds,
                                  Long userGroupId, boolean isWaitlistEnabled, List<String> availableContactTypes,
                                  boolean deleted, AppointmentSettingView appointmentSetting) {
}
