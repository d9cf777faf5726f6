package org.caregate.web.forms;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.caregate.forms.api.OnboardingFlowView;

/**
 * The onboarding flows one GraphQL request has read, by id, so that the fields of a flow it listed (its items, its
 * groups) do not read the flow again. Lives as long as the request; the API that uses it is built once.
 */
@RequestScoped
public class OnboardingFlowsRead {

    private final Map<Long, OnboardingFlowView> byId = new HashMap<>();

    /** Remembers a flow this request read. */
    void remember(OnboardingFlowView flow) {
        byId.put(flow.id(), flow);
    }

    /** A flow this request has already read. */
    Optional<OnboardingFlowView> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }
}
