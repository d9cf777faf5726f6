package org.caregate.forms.api;

import java.time.Instant;
import java.util.List;

/**
 * An onboarding flow as clients see it.
 *
 * @param items    its items in order, each with the patient's record when the flow is shown for a patient
 * @param groupIds the patient groups that use it
 * @param userId   the patient whose progress the items show, or {@code null}
 */
public record OnboardingFlowView(long id, long organizationId, String name, List<OnboardingItemView> items,
                                 List<Long> groupIds, Instant createdAt, Instant updatedAt, Long userId) {

    public OnboardingFlowView {
        items = List.copyOf(items);
        groupIds = List.copyOf(groupIds);
    }
}
