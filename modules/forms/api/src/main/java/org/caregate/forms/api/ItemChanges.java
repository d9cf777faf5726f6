package org.caregate.forms.api;

import java.util.List;
import org.caregate.kernel.id.OnboardingFlowId;
import org.caregate.kernel.id.OnboardingItemId;

/**
 * Items to add to a flow, or the changes to one; {@code null} fields stay as they are.
 *
 * @param id       the item changed, {@code null} when adding
 * @param flowId   the flow the items join, or the flow an item moves to
 * @param choices  what each new item asks for; when changing an item, at most one
 * @param rowOrder the item's new place in its flow, from 0
 */
public record ItemChanges(OnboardingItemId id, OnboardingFlowId flowId, List<ItemChoice> choices, Boolean skippable,
                          Integer rowOrder) {

    public ItemChanges {
        choices = List.copyOf(choices);
    }
}
