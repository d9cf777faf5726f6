package org.caregate.forms.api;

/**
 * An item of an onboarding flow.
 *
 * @param itemType    its kind as Healthie writes it ({@code Module Form})
 * @param itemId      the form template it asks for
 * @param displayName the form template's name
 * @param rowOrder    its place in the flow, from 0
 * @param completed   the patient's record of it, when shown for a patient who has one; else {@code null}
 */
public record OnboardingItemView(long id, long flowId, String itemType, long itemId, String displayName,
                                 boolean skippable, int rowOrder, CompletedOnboardingItemView completed) {
}
