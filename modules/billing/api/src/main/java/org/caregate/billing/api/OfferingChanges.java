package org.caregate.billing.api;

import java.util.List;

/**
 * A package's fields as a client sends them (all text as given; the billing context validates). {@code null} leaves
 * a field as it is on update; {@code includes} {@code null} keeps the includes, an empty list removes them.
 *
 * @param courseIds Healthie's comma-separated program ids: programs do not exist in Caregate, so any is refused
 */
public record OfferingChanges(String name, String description, String price, String billingFrequency,
                              List<IncludeChange> includes, String firstTimePayment, String visibilityStatus,
                              String userGroupId, Boolean chargeImmediately, String courseIds, Boolean archived) {

    /** One {@code OfferingIncludesFields}: {@code quantity} sessions of an appointment type. */
    public record IncludeChange(String id, String appointmentTypeId, String quantity, Boolean repeating) {
    }
}
