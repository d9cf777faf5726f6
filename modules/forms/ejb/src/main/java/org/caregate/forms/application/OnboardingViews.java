package org.caregate.forms.application;

import org.caregate.forms.api.CompletedOnboardingItemView;
import org.caregate.forms.api.OnboardingItemView;
import org.caregate.forms.domain.CompletedOnboardingItem;
import org.caregate.forms.domain.OnboardingItem;

/** Onboarding items and patients' records of them as the API shows them. */
final class OnboardingViews {

    private OnboardingViews() {
    }

    static OnboardingItemView of(OnboardingItem item, String formName, CompletedOnboardingItemView completed) {
        return new OnboardingItemView(item.id(), item.flowId(), item.type().wireName(), item.formTemplateId(),
                formName, item.skippable(), item.position(), completed);
    }

    static CompletedOnboardingItemView of(CompletedOnboardingItem record) {
        return new CompletedOnboardingItemView(record.id(), record.userId(), record.onboardingItemId(),
                record.itemType(), record.itemId(), record.skipped(), record.createdAt(), record.updatedAt());
    }
}
