package org.caregate.forms.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where onboarding flows, their items, the groups that use them and patients' completed items are kept. */
public interface OnboardingRepository {

    /** Stores a new flow and gives it its id. */
    void add(OnboardingFlow flow);

    /** Deletes the flow with its items; the groups that used it use none (or another, moved before). */
    void remove(OnboardingFlow flow);

    /** The organization's flow with this id. */
    Optional<OnboardingFlow> flow(long organizationId, long id);

    /**
     * The organization's flow with this id, locked until the transaction ends: changes to one flow, its items and
     * its groups take turns, so items added at once get places of their own and a group never joins a flow being
     * deleted.
     */
    Optional<OnboardingFlow> lock(long organizationId, long id);

    /**
     * The organization's flows whose name contains {@code keywords} (case-insensitively, when given), sorted, from
     * {@code offset}, at most {@code limit}.
     */
    List<OnboardingFlow> search(long organizationId, String keywords, TemplateOrder order, int offset, int limit);

    /** Stores a new item and gives it its id. */
    void add(OnboardingItem item);

    void remove(OnboardingItem item);

    /** The item with this id, whichever organization it belongs to (items are public to view by id). */
    Optional<OnboardingItem> item(long id);

    /** The flow's items in their order. */
    List<OnboardingItem> items(long flowId);

    /** The form templates' names, by id, for those of {@code templateIds} that exist. */
    Map<Long, String> templateNames(Collection<Long> templateIds);

    /** The groups (ids) that use the flow. */
    List<Long> groupsOf(long flowId);

    /** The flow each of the organization's groups uses, for those of {@code groupIds} that use one. */
    Map<Long, Long> flowsOf(long organizationId, Collection<Long> groupIds);

    /** Makes the organization's group use the flow, leaving whichever it used before. */
    void attach(long organizationId, long groupId, long flowId);

    /** The group uses no flow. */
    void detach(long organizationId, long groupId);

    /** The groups of {@code from} use {@code to} instead. */
    void moveGroups(long from, long to);

    /**
     * Stores a patient's new record of an item.
     *
     * @throws AlreadyRecorded when the patient already has a record of the item (two requests at once)
     */
    void add(CompletedOnboardingItem completed);

    /** The patient's record of the item, if any. */
    Optional<CompletedOnboardingItem> completion(long userId, long itemId);

    /** Every record the organization's patient has, oldest first. */
    List<CompletedOnboardingItem> completions(long organizationId, long userId);

    /** A patient has a record of this item already: one per patient and item. */
    final class AlreadyRecorded extends RuntimeException {
        public AlreadyRecorded() {
            super("The patient already has a record of this onboarding item", null, false, false);
        }
    }
}
