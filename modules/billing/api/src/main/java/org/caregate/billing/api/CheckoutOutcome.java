package org.caregate.billing.api;

import java.util.List;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.scheduling.api.AppointmentView;

/**
 * What a paid checkout answers: the appointment booked, or — when the card was declined, the booking was refused
 * after the charge (the charge then refunded), or the gateway did not answer — no appointment and the reasons for
 * the payload's {@code messages}.
 */
public record CheckoutOutcome(AppointmentView appointment, List<FieldMessage> messages) {

    public static CheckoutOutcome booked(AppointmentView appointment) {
        return new CheckoutOutcome(appointment, List.of());
    }

    public static CheckoutOutcome refused(List<FieldMessage> messages) {
        return new CheckoutOutcome(null, List.copyOf(messages));
    }
}
