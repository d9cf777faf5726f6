package org.caregate.billing.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * Packages (Healthie's {@code Offering}, seed 001 "Packages"): what an organization sells — a price in its currency,
 * a billing frequency, and the appointment sessions it includes as credits. Providers and staff manage them;
 * patients see those visible to everyone and those of their own group. Another organization's package answers as
 * an unknown one.
 */
@Local
public interface OfferingFacade {

    OfferingView offering(Caller caller, long id);

    List<OfferingView> offerings(Caller caller, OfferingQuery query);

    OfferingView createOffering(Caller caller, OfferingChanges offering);

    /** Changes what {@code changes} names (a {@code null} field stays); includes, when given, replace the list. */
    OfferingView updateOffering(Caller caller, long id, OfferingChanges changes);

    /** An independent copy ("Copy of …"), hidden until published, with copies of the includes. */
    OfferingView copyOffering(Caller caller, long id);

    /** Soft delete: the package is no longer listed or found; grants already made stay. */
    OfferingView deleteOffering(Caller caller, long id);

    /**
     * Grants the package's credits ({@code offering_includes} quantities) to a patient of the organization, once per
     * {@code purchaseId}: a retried purchase grants nothing more. Members only (a purchase's payment step calls this
     * once the payment is recorded).
     */
    PackageCredits grantCredits(Caller caller, long offeringId, long patientId, String purchaseId);
}
