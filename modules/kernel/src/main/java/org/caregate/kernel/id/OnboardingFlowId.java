package org.caregate.kernel.id;

/** The id of an onboarding flow (Healthie's OnboardingFlow). */
public record OnboardingFlowId(long value) {

    public OnboardingFlowId {
        Ids.requirePositive(value, "OnboardingFlowId");
    }

    /** The id a client sent in {@code field}; refused there when missing or malformed. */
    public static OnboardingFlowId parse(String field, String raw) {
        return new OnboardingFlowId(Ids.parse(field, raw));
    }
}
