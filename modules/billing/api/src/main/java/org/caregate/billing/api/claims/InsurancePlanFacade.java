package org.caregate.billing.api.claims;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * The catalogue of insurance plans and the plans an organization accepts. Members read and change them; another
 * organization's accepted plan is not found.
 */
@Local
public interface InsurancePlanFacade {

    /**
     * Plans of the catalogue: those with the ids given (comma-separated, at most 100), those whose payer name or id
     * holds the keywords, only the accepted ones with {@code isAccepted}; sorted by {@code sortBy}
     * ({@code payer_name} (default), {@code payer_name_desc}, {@code payer_id}, {@code payer_id_desc}).
     */
    List<InsurancePlanView> insurancePlans(Caller caller, String ids, String keywords, Boolean isAccepted,
                                           String sortBy);

    /** Accepts the plans (at most 100 ids); plans accepted already stay as they are. Answers every one given. */
    List<AcceptedInsurancePlanView> acceptPlans(Caller caller, List<String> insurancePlanIds);

    /** Stops accepting a plan, by the accepted plan's id; answers it as it was. */
    AcceptedInsurancePlanView removeAcceptedPlan(Caller caller, String id);
}
