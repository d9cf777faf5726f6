package org.caregate.identity.api;

import java.time.Instant;

/** A patient group with how many active patients it has and the code people sign up with. */
public record GroupView(long id, String name, String inviteCode, Long onboardingFlowId, long usersCount,
                        Instant createdAt) {
}
