package org.caregate.forms.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.caregate.forms.domain.CompletedOnboardingItem;
import org.caregate.forms.domain.OnboardingItem;
import org.caregate.forms.domain.OnboardingRepository;
import org.caregate.identity.api.Person;

/** A patient's intake: the forms of their group's onboarding flow they have neither completed nor skipped. */
@Dependent
public class Intakes {

    @Inject
    OnboardingRepository onboarding;

    /** The names of the forms the patient still has to fill in, in the flow's order; empty without a flow. */
    public List<String> outstanding(Person patient) {
        if (patient.userGroupId() == null) {
            return List.of();
        }
        Long flow = onboarding.flowsOf(patient.organizationId(), List.of(patient.userGroupId()))
                .get(patient.userGroupId());
        if (flow == null) {
            return List.of();
        }
        Set<Long> done = onboarding.completions(patient.organizationId(), patient.id()).stream()
                .map(CompletedOnboardingItem::onboardingItemId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<OnboardingItem> open = onboarding.items(flow).stream().filter(item -> !done.contains(item.id()))
                .toList();
        Map<Long, String> names = onboarding.templateNames(open.stream().map(OnboardingItem::formTemplateId)
                .collect(Collectors.toSet()));
        return open.stream().map(item -> names.getOrDefault(item.formTemplateId(), "an intake form")).toList();
    }
}
