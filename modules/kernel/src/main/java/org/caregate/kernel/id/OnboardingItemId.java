package org.caregate.kernel.id;

/** The id of an item of an onboarding flow (Healthie's OnboardingItem). */
public record OnboardingItemId(long value) {

    public OnboardingItemId {
        Ids.requirePositive(value, "OnboardingItemId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static OnboardingItemId parse(String field, String raw) {
        return new OnboardingItemId(Ids.parse(field, raw));
    }
}
