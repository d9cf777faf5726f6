package org.caregate.forms.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import org.caregate.forms.domain.OnboardingFlow;
import org.caregate.forms.domain.OnboardingRepository;
import org.caregate.identity.api.GroupOnboarding;

/**
 * Identity's {@link GroupOnboarding} port: the one record of which flow a patient group uses is the forms context's.
 * Runs in identity's transaction. Attaching locks the flow, so a group never joins a flow being deleted, and writes
 * the group's one row, so two attachments at once leave the group in exactly one flow (the later).
 */
@Stateless
public class GroupOnboardingBean implements GroupOnboarding {

    @Inject
    OnboardingRepository onboarding;

    Clock clock = Clock.systemUTC();

    @Override
    public Map<Long, Long> flowsOf(long organizationId, Collection<Long> groupIds) {
        return onboarding.flowsOf(organizationId, groupIds);
    }

    @Override
    public boolean attach(long organizationId, long groupId, long flowId) {
        OnboardingFlow flow = onboarding.lock(organizationId, flowId).orElse(null);
        if (flow == null) {
            return false;
        }
        onboarding.attach(organizationId, groupId, flow.id());
        flow.touch(clock.instant());
        return true;
    }

    @Override
    public void forget(long organizationId, long groupId) {
        onboarding.detach(organizationId, groupId);
    }
}
