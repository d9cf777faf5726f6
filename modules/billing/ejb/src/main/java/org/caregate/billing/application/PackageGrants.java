package org.caregate.billing.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caregate.billing.api.PackageCredits;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingCreditGrants;
import org.caregate.billing.domain.OfferingInclude;
import org.caregate.scheduling.api.CreditLedger;

/**
 * Gives a patient the appointment credits a package includes, once per purchase: the purchase key (a payment's,
 * or one a member chose) is recorded with the grant, so a retried payment, a redelivered settlement or a second
 * call with the same key grants nothing more; each paid period of a recurring payment is a purchase of its own, and
 * gives the repeating includes again. Runs in the caller's transaction.
 */
@Dependent
public class PackageGrants {

    @Inject
    OfferingCreditGrants grants;

    @EJB
    CreditLedger credits;

    /** Grants the package's credits for this purchase unless it already granted them; answers what it includes. */
    public PackageCredits grant(Offering offering, long patientId, String purchaseId, Long grantedBy, Instant now) {
        return grantPeriod(offering, patientId, purchaseId, 1, grantedBy, now);
    }

    /**
     * Grants what period {@code period} of a recurring purchase gives, unless this purchase id already granted: the
     * first period every include, each later one the repeating includes again ({@code is_repeating}). Answers what it
     * gave (or would have given).
     */
    public PackageCredits grantPeriod(Offering offering, long patientId, String purchaseId, int period,
                                      Long grantedBy, Instant now) {
        boolean granted = grants.record(offering.organizationId(), offering.id(), patientId, purchaseId, period,
                grantedBy, now);
        List<PackageCredits.Credit> given = new ArrayList<>();
        for (OfferingInclude include : offering.includes()) {
            if (period > 1 && !include.isRepeating()) {
                continue;
            }
            if (granted) {
                credits.addCredits(offering.organizationId(), patientId, include.appointmentTypeId(),
                        include.quantity(), "offering-purchase:" + purchaseId);
            }
            given.add(new PackageCredits.Credit(include.appointmentTypeId(), include.quantity(), include.isRepeating()));
        }
        return new PackageCredits(offering.id(), patientId, purchaseId, granted, given);
    }
}
