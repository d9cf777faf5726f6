package org.caregate.web.scheduling;

import org.caregate.scheduling.api.CreditView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code AppointmentTypeCredit}: credits a patient holds for booking one appointment type. */
@Name("AppointmentTypeCredit")
public record AppointmentTypeCreditNode(@Id @Name("id") String id, @Id @Name("appointment_type_id") String appointmentTypeId,
                                        @Name("appointment_type_name") String appointmentTypeName,
                                        @Name("total_credits") Integer totalCredits,
                                        @Name("remaining_credits") Integer remainingCredits) {

    static AppointmentTypeCreditNode of(CreditView credit) {
        return new AppointmentTypeCreditNode(Long.toString(credit.id()), Long.toString(credit.appointmentTypeId()),
                credit.appointmentTypeName(), credit.totalCredits(), credit.remainingCredits());
    }
}
