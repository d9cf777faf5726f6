package org.caregate.web.scheduling;

import org.caregate.scheduling.api.SlotView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code PotentialAppointmentSlot}: a provider ({@code user_id}) free at {@code date}. */
@Name("PotentialAppointmentSlot")
public record PotentialAppointmentSlotNode(@Id @Name("user_id") String userId, @Name("date") String date,
                                           @Name("length") Integer length) {

    static PotentialAppointmentSlotNode of(SlotView slot) {
        return new PotentialAppointmentSlotNode(Long.toString(slot.userId()), slot.date(), slot.lengthMinutes());
    }
}
