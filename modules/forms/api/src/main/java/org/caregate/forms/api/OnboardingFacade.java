package org.caregate.forms.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.OnboardingFlowId;
import org.caregate.kernel.id.OnboardingItemId;
import org.caregate.kernel.id.UserId;

/**
 * Onboarding flows (Healthie's OnboardingFlow), their items (OnboardingItem) and what patients completed or skipped
 * of them (CompletedOnboardingItem). Members read flows; members with {@code can_edit_forms} change them; a patient
 * goes through the flow of their group, and members record it for them. Items are public to view by id. Another
 * organization's flow, item or patient is not found.
 */
@Local
public interface OnboardingFacade {

    /** The organization's flows that match; members only. */
    List<OnboardingFlowView> flows(Caller caller, FlowSearch search);

    /**
     * A flow by id, or the flow of a patient's group with the patient's progress (a patient always gets their own;
     * {@code user} is for members). Empty when the patient's group uses no flow.
     */
    Optional<OnboardingFlowView> flow(Caller caller, OnboardingFlowId id, UserId user);

    /** Creates a flow and makes the groups named use it. */
    OnboardingFlowView createFlow(Caller caller, FlowChanges flow);

    /** Renames the flow and, when {@code groups} is given, makes exactly those groups use it. */
    OnboardingFlowView updateFlow(Caller caller, FlowChanges changes);

    /** Deletes the flow and its items; its groups move to {@code receiver} when given. Returns it as it was. */
    OnboardingFlowView deleteFlow(Caller caller, OnboardingFlowId id, OnboardingFlowId receiver);

    /** One item: anyone may read it by id, a signed-in caller only within their organization. */
    OnboardingItemView item(Caller caller, OnboardingItemId id);

    /** Adds an item for each choice, in order, at the end of the flow. */
    List<OnboardingItemView> createItems(Caller caller, ItemChanges items);

    OnboardingItemView updateItem(Caller caller, ItemChanges changes);

    /** Deletes the item (records of it become unassociated); those after it move up. */
    OnboardingItemView deleteItem(Caller caller, OnboardingItemId id);

    /** What may still be added to the flow (or to any flow): the organization's active form templates. */
    List<ItemTypeOption> availableItemTypes(Caller caller, OnboardingFlowId flow);

    /**
     * Records that the patient completed (or skipped) an item of their flow: a patient for themselves, a member for
     * a patient of the organization.
     */
    CompletedOnboardingItemView completeItem(Caller caller, OnboardingItemId item, UserId user, Boolean skipped);

    /** The patient's records of items that are not part of their current flow. */
    List<CompletedOnboardingItemView> unassociatedCompletedItems(Caller caller, UserId user);

    /**
     * Has the patient emailed a reminder of the intake forms of their onboarding flow they have not completed yet
     * (Healthie's {@code send_form_request_reminder} with {@code is_intake_item}). Members only; refused when the
     * patient has no address or nothing left to fill in.
     */
    void remindOfIntake(Caller caller, UserId patient);
}
