package org.caregate.forms.api;

import java.util.List;
import org.caregate.kernel.id.OnboardingFlowId;
import org.caregate.kernel.id.UserGroupId;

/**
 * A flow to create, or the changes to one; {@code null} fields stay as they are.
 *
 * @param id     the flow changed, {@code null} when creating one
 * @param groups the patient groups that are to use the flow ({@code groups_to_use_onboarding_flow})
 */
public record FlowChanges(OnboardingFlowId id, String name, List<UserGroupId> groups) {

    public FlowChanges {
        groups = groups == null ? null : List.copyOf(groups);
    }
}
