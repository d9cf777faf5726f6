package org.caregate.identity.domain;

import java.util.List;
import java.util.Optional;

/** The tags of the organizations' members. */
public interface TagRepository {

    Tag add(Tag tag);

    Optional<Tag> find(long organizationId, long tagId);

    Optional<Tag> findByOwnerAndName(long ownerUserId, String name);

    /** Every tag of the organization, by name. */
    List<Tag> ofOrganization(long organizationId);

    /** The tags attached to each of these users, by user id. */
    java.util.Map<Long, List<Tag>> appliedTo(long organizationId, List<Long> userIds);

    void remove(Tag tag);
}
