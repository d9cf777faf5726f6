package org.caregate.web.scheduling;

import java.util.List;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.web.graphql.Cursors;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * Healthie's {@code Appointment}; {@code provider}, {@code user}, {@code attendees} and {@code providers} are
 * resolved on request. A confirmation is what a caller without an account reads back of the booking it just made:
 * the appointment's own time, contact type and type, and its provider's name, and nothing of the patient (ADR 16).
 */
@Name("Appointment")
public record AppointmentNode(
        @Id @Name("id") String id,
        @Name("date") String date,
        @Name("start") String start,
        @Name("end") String end,
        @Name("timezone") String timezone,
        @Name("length") Integer length,
        @Name("contact_type") String contactType,
        @Name("pm_status") String pmStatus,
        @Name("is_active") Boolean isActive,
        @Name("is_group") Boolean isGroup,
        @Name("location") String location,
        @Name("notes") String notes,
        @Name("other_party_id") String otherPartyId,
        @Name("user_id") String userId,
        @Name("appointment_type_id") String appointmentTypeId,
        @Name("appointment_type") AppointmentTypeNode appointmentType,
        @Name("external_id") String externalId,
        @Name("cursor") String cursor,
        @Name("deleted_at") String deletedAt,
        @Name("created_at") String createdAt,
        @Name("updated_at") String updatedAt,
        @Ignore Long providerId,
        @Ignore Long patientId,
        @Ignore List<Long> attendeeIds,
        @Ignore List<Long> additionalProviderIds,
        @Ignore boolean confirmationOnly) {

    static AppointmentNode of(AppointmentView appointment) {
        if (appointment == null) {
            return null;
        }
        return new AppointmentNode(Long.toString(appointment.id()), appointment.date(), appointment.start().toString(),
                appointment.end().toString(), appointment.timezone(), appointment.length(), appointment.contactType(),
                appointment.pmStatus(), appointment.isActive(), appointment.isGroup(), appointment.location(),
                appointment.notes(), text(appointment.providerId()), text(appointment.patientId()),
                appointment.appointmentType() == null ? null : Long.toString(appointment.appointmentType().id()),
                AppointmentTypeNode.of(appointment.appointmentType()), appointment.externalId(),
                Cursors.encode(Long.toString(appointment.id())), appointment.deletedAt() == null ? null : appointment.deletedAt().toString(),
                appointment.createdAt().toString(), appointment.updatedAt().toString(), appointment.providerId(),
                appointment.patientId(), appointment.attendeeIds(), appointment.additionalProviderIds(), false);
    }

    /** The booking's confirmation for a caller without an account: nothing of the patient or the clinic's notes. */
    static AppointmentNode confirmation(AppointmentView appointment) {
        return new AppointmentNode(Long.toString(appointment.id()), appointment.date(), appointment.start().toString(),
                appointment.end().toString(), appointment.timezone(), appointment.length(), appointment.contactType(),
                null, null, null, null, null, text(appointment.providerId()), null,
                appointment.appointmentType() == null ? null : Long.toString(appointment.appointmentType().id()),
                AppointmentTypeNode.of(appointment.appointmentType()), null, null, null, null, null,
                appointment.providerId(), null, List.of(), List.of(), true);
    }

    private static String text(Long id) {
        return id == null ? null : id.toString();
    }
}
