package org.caregate.web.scheduling;

import java.util.List;
import org.caregate.scheduling.api.AppointmentTypeView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code AppointmentType}. */
@Name("AppointmentType")
public record AppointmentTypeNode(
        @Id @Name("id") String id,
        @Name("name") String name,
        @Name("length") Integer length,
        @Name("clients_can_book") Boolean clientsCanBook,
        @Name("is_group") Boolean isGroup,
        @Name("bookable_by_groups") Boolean bookableByGroups,
        @Name("bookable_without_group") Boolean bookableWithoutGroup,
        @Name("bookable_group_ids") String bookableGroupIds,
        @Id @Name("user_group_id") String userGroupId,
        @Name("is_waitlist_enabled") Boolean isWaitlistEnabled,
        @Name("available_contact_types") List<String> availableContactTypes,
        @Name("deleted") Boolean deleted,
        @Name("appointment_setting") AppointmentSettingNode appointmentSetting) {

    static AppointmentTypeNode of(AppointmentTypeView type) {
        if (type == null) {
            return null;
        }
        return new AppointmentTypeNode(Long.toString(type.id()), type.name(), type.length(), type.clientsCanBook(),
                type.isGroup(), type.specificGroups(), type.bookableWithoutGroup(), type.bookableGroupIds(),
                type.userGroupId() == null ? null : type.userGroupId().toString(), type.isWaitlistEnabled(),
                type.availableContactTypes(), type.deleted(), AppointmentSettingNode.of(type.appointmentSetting()));
    }

    /**
     * An appointment type as another context names it (a package's include): its id, name and whether clients can
     * book it; the other fields are null.
     */
    public static AppointmentTypeNode named(String id, String name, Boolean clientsCanBook) {
        return new AppointmentTypeNode(id, name, null, clientsCanBook, null, null, null, null, null, null, null, null,
                null);
    }
}
