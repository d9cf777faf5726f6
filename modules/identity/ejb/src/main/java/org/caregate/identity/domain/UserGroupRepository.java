package org.caregate.identity.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organizations' patient groups. */
public interface UserGroupRepository {

    /** The orders {@code userGroups(sort_by:)} accepts, by Healthie's names. */
    enum Sort { NAME, INVITE_CODE, CREATED_AT_ASC, CREATED_AT_DESC, GROUP_NAME_ASC, GROUP_NAME_DESC, USERS_COUNT_ASC,
        USERS_COUNT_DESC }

    UserGroup add(UserGroup group);

    Optional<UserGroup> find(long organizationId, long groupId);

    Optional<UserGroup> findByInviteCode(String inviteCode);

    /** Groups whose name contains every keyword, in the given order, at most {@code limit} from {@code offset}. */
    List<UserGroup> search(long organizationId, List<String> keywords, Sort sort, int offset, Integer limit);

    long count(long organizationId, List<String> keywords);

    /** How many active patients each group has. */
    Map<Long, Long> patientCounts(List<Long> groupIds);

    /** Moves every patient of {@code from} into {@code to} (or out of any group when {@code null}). */
    void movePatients(long from, Long to, java.time.Instant now);

    void remove(UserGroup group);
}
