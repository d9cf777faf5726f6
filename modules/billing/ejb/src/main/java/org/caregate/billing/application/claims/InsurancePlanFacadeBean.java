package org.caregate.billing.application.claims;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caregate.billing.api.claims.AcceptedInsurancePlanView;
import org.caregate.billing.api.claims.InsurancePlanFacade;
import org.caregate.billing.api.claims.InsurancePlanView;
import org.caregate.billing.domain.claims.AcceptedInsurancePlan;
import org.caregate.billing.domain.claims.InsurancePlan;
import org.caregate.billing.domain.claims.InsurancePlanRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;

/**
 * The catalogue of insurance plans, and the plans each organization accepts. Members only: the catalogue is the same
 * for everyone, the accepted plans are the organization's (another organization's accepted plan is not found).
 */
@Stateless
public class InsurancePlanFacadeBean implements InsurancePlanFacade {

    /** Which plans an organization accepts is a setting of the whole organization. */
    private static final String ADMINISTRATORS_ONLY = "Only the organization's owner and admins choose accepted plans";

    static final int MAX_IDS = 100;
    private static final int MAX_KEYWORDS = 255;
    private static final Map<String, Comparator<InsurancePlan>> ORDERS = Map.of(
            "payer_name", Comparator.comparing(InsurancePlan::payerName, String.CASE_INSENSITIVE_ORDER),
            "payer_name_desc", Comparator.comparing(InsurancePlan::payerName, String.CASE_INSENSITIVE_ORDER).reversed(),
            "payer_id", Comparator.comparing(InsurancePlan::payerId),
            "payer_id_desc", Comparator.comparing(InsurancePlan::payerId).reversed());

    @Inject
    InsurancePlanRepository plans;

    @Inject
    AuditTrail audit;

    @Override
    public List<InsurancePlanView> insurancePlans(Caller caller, String ids, String keywords, Boolean isAccepted,
                                                  String sortBy) {
        Access.requireMember(caller);
        Set<Long> wanted = ids == null || ids.isBlank() ? null : idList("ids", splitIds(ids));
        String words = keywords == null ? null : keywords.strip().toLowerCase(Locale.ROOT);
        if (words != null && words.length() > MAX_KEYWORDS) {
            throw new InvalidInputException("keywords", "is too long (at most " + MAX_KEYWORDS + " characters)");
        }
        String order = sortBy == null || sortBy.isBlank() ? "payer_name" : sortBy.strip().toLowerCase(Locale.ROOT);
        if (!ORDERS.containsKey(order)) {
            throw new InvalidInputException("sort_by", "must be one of payer_name, payer_name_desc, payer_id, "
                    + "payer_id_desc");
        }
        Set<Long> accepted = plans.acceptedPlanIds(caller.organizationId());
        return plans.catalogue().stream()
                .filter(p -> wanted == null || wanted.contains(p.id()))
                .filter(p -> words == null || words.isEmpty()
                        || p.payerName().toLowerCase(Locale.ROOT).contains(words)
                        || p.payerId().toLowerCase(Locale.ROOT).contains(words))
                .filter(p -> !Boolean.TRUE.equals(isAccepted) || accepted.contains(p.id()))
                .sorted(ORDERS.get(order))
                .map(p -> view(p, accepted.contains(p.id()))).toList();
    }

    @Override
    public List<AcceptedInsurancePlanView> acceptPlans(Caller caller, List<String> insurancePlanIds) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        if (insurancePlanIds == null || insurancePlanIds.isEmpty()) {
            throw new InvalidInputException("insurance_plan_ids", "can't be blank");
        }
        Set<Long> ids = idList("insurance_plan_ids", insurancePlanIds);
        Map<Long, InsurancePlan> found = plans.plans(ids).stream()
                .collect(Collectors.toMap(InsurancePlan::id, Function.identity()));
        List<String> unknown = ids.stream().filter(id -> !found.containsKey(id)).map(String::valueOf).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("insurance_plan_ids", "Insurance plan not found: "
                    + String.join(", ", unknown));
        }
        List<AcceptedInsurancePlanView> views = new ArrayList<>();
        for (AcceptedInsurancePlan accepted : plans.accept(caller.organizationId(), ids)) {
            audit.record(caller, "accepted_insurance_plan.created", "accepted_insurance_plan",
                    String.valueOf(accepted.id()));
            views.add(new AcceptedInsurancePlanView(accepted.id(), view(found.get(accepted.insurancePlanId()), true)));
        }
        return views;
    }

    @Override
    public AcceptedInsurancePlanView removeAcceptedPlan(Caller caller, String id) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        Inputs inputs = new Inputs();
        Long accepted = inputs.requiredId("id", id);
        inputs.check();
        AcceptedInsurancePlan row = plans.accepted(caller.organizationId(), accepted)
                .orElseThrow(() -> new NotFoundException("Accepted insurance plan"));
        InsurancePlan plan = plans.plans(List.of(row.insurancePlanId())).get(0);
        plans.remove(row);
        audit.record(caller, "accepted_insurance_plan.deleted", "accepted_insurance_plan", String.valueOf(row.id()));
        return new AcceptedInsurancePlanView(row.id(), view(plan, false));
    }

    private static InsurancePlanView view(InsurancePlan plan, boolean accepted) {
        return new InsurancePlanView(plan.id(), plan.payerId(), plan.payerName(), accepted);
    }

    /** The ids of {@code "1,2,3"}, {@code "[1, 2]"} or {@code "[\"1\",\"2\"]"}. */
    static List<String> splitIds(String ids) {
        String bare = ids.length() > 4_000 ? ids.substring(0, 4_000) : ids;
        return List.of(bare.replaceAll("[\\[\\]\"\\s]", "").split(","));
    }

    /** At most {@value #MAX_IDS} ids, each a valid one, without repeats. */
    private static Set<Long> idList(String field, List<String> given) {
        if (given.size() > MAX_IDS) {
            throw new InvalidInputException(field, "has too many ids (at most " + MAX_IDS + ")");
        }
        Inputs inputs = new Inputs();
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : given) {
            Long read = inputs.requiredId(field, id);
            if (read != null) {
                ids.add(read);
            }
        }
        inputs.check();
        return ids;
    }
}
