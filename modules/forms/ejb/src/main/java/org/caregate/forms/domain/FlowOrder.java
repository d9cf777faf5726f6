package org.caregate.forms.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of a flow's items (their row order, from 0): items join at the end, a moved item takes the place asked
 * for and the others close up around it, a removed item's followers move up.
 */
public final class FlowOrder {

    private final List<OnboardingItem> items;

    /** The flow's items as they stand, in their order. */
    public FlowOrder(List<OnboardingItem> items) {
        this.items = new ArrayList<>(items);
    }

    /** The place a new item takes: after the others. */
    public int next() {
        return items.size();
    }

    /** Puts a new item (placed at {@link #next()}) at the end. */
    public void append(OnboardingItem item) {
        items.add(item);
        renumber();
    }

    /**
     * Moves one of the flow's items to {@code rowOrder}.
     *
     * @return false, changing nothing, when {@code rowOrder} is not a place in the flow (0 to one less than the
     * number of items)
     */
    public boolean move(OnboardingItem item, int rowOrder) {
        if (rowOrder < 0 || rowOrder >= items.size() || !items.contains(item)) {
            return false;
        }
        items.remove(item);
        items.add(rowOrder, item);
        renumber();
        return true;
    }

    /** Takes the item out of the flow; those after it move up. */
    public void remove(OnboardingItem item) {
        items.remove(item);
        renumber();
    }

    public int size() {
        return items.size();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).placeAt(i);
        }
    }
}
