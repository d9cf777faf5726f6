package org.caregate.forms.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnboardingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    private final OnboardingFlow flow = withId(OnboardingFlow.create(1, "Intake", NOW), 50);

    @Test
    void itemsJoinAtTheEndAndAMovedItemTakesItsPlace() {
        List<OnboardingItem> items = new ArrayList<>();
        FlowOrder order = new FlowOrder(items);
        for (long form = 1; form <= 3; form++) {
            OnboardingItem item = item(form, true, order.next());
            order.append(item);
            items.add(item);
        }
        assertEquals(List.of(0, 1, 2), positions(items));

        assertTrue(order.move(items.get(2), 0));
        assertEquals(List.of(1, 2, 0), positions(items));

        assertFalse(order.move(items.get(0), 3), "past the last place");
        assertFalse(order.move(items.get(0), -1));
        assertEquals(List.of(1, 2, 0), positions(items), "a refused move changes nothing");

        order.remove(items.get(2));
        assertEquals(List.of(0, 1), positions(items.subList(0, 2)), "the others close up");
    }

    @Test
    void onlyASkippableItemMayBeSkipped() {
        assertTrue(item(1, true, 0).completedBy(20, true, NOW).skipped());
        assertFalse(item(1, false, 0).completedBy(20, false, NOW).skipped());
        assertThrows(IllegalStateException.class, () -> item(1, false, 0).completedBy(20, true, NOW));
    }

    @Test
    void aRecordKeepsWhatTheItemAskedFor() {
        CompletedOnboardingItem done = withId(item(12, true, 0), 77).completedBy(20, false, NOW);
        assertEquals(77L, done.onboardingItemId());
        assertEquals("Module Form", done.itemType());
        assertEquals(12L, done.itemId());
        assertEquals(20, done.userId());
    }

    @Test
    void aSkippedItemMayBeCompletedLaterButNothingElseIsRecordedTwice() {
        CompletedOnboardingItem skipped = item(1, true, 0).completedBy(20, true, NOW);
        assertFalse(skipped.recordAgain(true, LATER), "skipping twice");
        assertTrue(skipped.recordAgain(false, LATER));
        assertFalse(skipped.skipped());
        assertEquals(LATER, skipped.updatedAt());
        assertFalse(skipped.recordAgain(false, LATER), "completed stays completed");
        assertFalse(skipped.recordAgain(true, LATER), "and is not skipped afterwards");
        assertFalse(skipped.skipped());
    }

    @Test
    void itemTypesAreNamedAsHealthieWritesThem() {
        assertEquals(Optional.of(ItemType.MODULE_FORM), ItemType.named(" module form "));
        assertEquals(Optional.empty(), ItemType.named("Insurance Form"));
        assertEquals(Optional.empty(), ItemType.named(null));
        assertEquals("Module Form", ItemType.MODULE_FORM.wireName());
    }

    @Test
    void anItemMovesToAnotherFlowAndAsksForAnotherForm() {
        OnboardingItem item = item(1, false, 0);
        item.askFor(ItemType.MODULE_FORM, 2);
        item.makeSkippable(true);
        item.moveTo(withId(OnboardingFlow.create(1, "Other", NOW), 51));
        assertEquals(2, item.formTemplateId());
        assertTrue(item.skippable());
        assertEquals(51, item.flowId());
    }

    private OnboardingItem item(long form, boolean skippable, int position) {
        return OnboardingItem.create(flow, ItemType.MODULE_FORM, form, skippable, position, NOW);
    }

    private static List<Integer> positions(List<OnboardingItem> items) {
        return items.stream().map(OnboardingItem::position).toList();
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
