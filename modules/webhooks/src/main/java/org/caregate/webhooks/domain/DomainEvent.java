package org.caregate.webhooks.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One Caregate domain event as the events topic carries it (docs/jms.md): what happened to which resource of which
 * organization, and on an update which fields changed.
 */
public record DomainEvent(UUID id, String type, Instant occurredAt, String resourceType, String resourceId,
                          Long organizationId, List<String> changedFields) {

    public DomainEvent {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
