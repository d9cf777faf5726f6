package org.caregate.forms.api;

import java.time.Instant;

/**
 * A patient's record of an onboarding item: completed, or skipped.
 *
 * @param onboardingItemId the item, or {@code null} once it has been deleted
 * @param itemType         what the item asked for ({@code Module Form})
 * @param itemId           the form template it asked for
 */
public record CompletedOnboardingItemView(long id, long userId, Long onboardingItemId, String itemType, Long itemId,
                                          boolean skipped, Instant createdAt, Instant updatedAt) {
}
