package org.caregate.identity.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caregate.identity.api.GroupFacade;
import org.caregate.identity.api.GroupOnboarding;
import org.caregate.identity.api.GroupView;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserGroup;
import org.caregate.identity.domain.UserGroupRepository;
import org.caregate.identity.domain.UserRepository;
import org.caregate.identity.domain.UserSearch;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.UserGroupId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;

/**
 * Patient groups: forming, renaming, dissolving (moving their patients) and listing them, and the onboarding flow
 * each group's patients are asked to go through — kept by the forms context, reached through {@link GroupOnboarding}.
 */
@Stateless
public class GroupFacadeBean implements GroupFacade {

    private static final String GROUP = "user_group";

    @Inject
    UserGroupRepository groups;

    @Inject
    UserRepository users;

    @Inject
    AuditTrail audit;

    @EJB
    GroupOnboarding onboarding;

    Clock clock = Clock.systemUTC();

    @Override
    public GroupView createGroup(Caller caller, String name) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        String groupName = inputs.required("name", name);
        inputs.check();
        UserGroup group = groups.add(UserGroup.form(caller.organizationId(), groupName, clock.instant()));
        audit.record(caller, "user_group.created", GROUP, group.id().toString());
        return view(group, 0, null);
    }

    @Override
    public GroupView group(Caller caller, UserGroupId id) {
        Access.requireMember(caller);
        UserGroup group = find(caller, id);
        return view(group);
    }

    @Override
    public Optional<GroupView> groupOf(Caller caller, long userId) {
        Access.requireAuthenticated(caller);
        if (!caller.isMember() && userId != caller.userId()) {
            return Optional.empty();
        }
        return users.find(caller.organizationId(), userId)
                .map(User::userGroupId)
                .flatMap(groupId -> groups.find(caller.organizationId(), groupId))
                .map(this::view);
    }

    @Override
    public GroupView updateGroup(Caller caller, UserGroupId id, String name, String onboardingFlowId) {
        Access.requireMember(caller);
        UserGroup group = find(caller, id);
        Inputs inputs = new Inputs();
        String newName = name != null ? inputs.required("name", name) : null;
        Long flowId = inputs.id("onboarding_flow_id", onboardingFlowId);
        if (flowId != null && !onboarding.attach(caller.organizationId(), group.id(), flowId)) {
            inputs.problem("onboarding_flow_id", "Onboarding flow not found");
        }
        inputs.check();
        if (newName != null) {
            group.rename(newName);
        }
        audit.record(caller, "user_group.updated", GROUP, group.id().toString());
        return view(group);
    }

    @Override
    public GroupView deleteGroup(Caller caller, UserGroupId id, String groupToReceiveClients) {
        Access.requireMember(caller);
        UserGroup group = find(caller, id);
        Inputs inputs = new Inputs();
        Long receiverId = inputs.id("group_to_receive_clients", groupToReceiveClients);
        if (receiverId != null && (receiverId.equals(group.id()) || groups.find(caller.organizationId(), receiverId).isEmpty())) {
            inputs.problem("group_to_receive_clients", "User group not found");
        }
        inputs.check();
        GroupView deleted = view(group);
        groups.movePatients(group.id(), receiverId, clock.instant());
        onboarding.forget(caller.organizationId(), group.id());
        groups.remove(group);
        audit.record(caller, "user_group.deleted", GROUP, deleted.id() + "");
        return deleted;
    }

    @Override
    public List<GroupView> groups(Caller caller, Integer offset, String keywords, String sortBy, Boolean shouldPaginate,
                                  Integer pageSize) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        UserGroupRepository.Sort sort = sort(inputs, sortBy);
        int start = offset == null ? 0 : offset;
        if (start < 0) {
            inputs.problem("offset", "must not be negative");
        }
        int size = pageSize == null ? UserSearch.PAGE_SIZE : pageSize;
        if (size < 1 || size > 100) {
            inputs.problem("page_size", "must be between 1 and 100");
        }
        inputs.check();
        boolean paginate = Boolean.TRUE.equals(shouldPaginate);
        List<UserGroup> found = Pages.withinUnpagedLimit(groups.search(caller.organizationId(),
                UserSearch.terms(keywords), sort, paginate ? start : 0, paginate ? size : Pages.unpagedQueryLimit()),
                "should_paginate", "groups");
        List<Long> ids = found.stream().map(UserGroup::id).toList();
        Map<Long, Long> counts = groups.patientCounts(ids);
        Map<Long, Long> flows = onboarding.flowsOf(caller.organizationId(), ids);
        return found.stream().map(g -> view(g, counts.getOrDefault(g.id(), 0L), flows.get(g.id()))).toList();
    }

    @Override
    public long groupsCount(Caller caller, String keywords) {
        Access.requireMember(caller);
        return groups.count(caller.organizationId(), UserSearch.terms(keywords));
    }

    private UserGroup find(Caller caller, UserGroupId id) {
        return groups.find(caller.organizationId(), id.value()).orElseThrow(() -> new NotFoundException("User group"));
    }

    private static UserGroupRepository.Sort sort(Inputs inputs, String sortBy) {
        if (sortBy == null || sortBy.isBlank()) {
            return UserGroupRepository.Sort.NAME;
        }
        try {
            return UserGroupRepository.Sort.valueOf(sortBy.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            inputs.problem("sort_by", "must be one of name, invite_code, created_at_asc, created_at_desc, "
                    + "group_name_asc, group_name_desc, users_count_asc, users_count_desc");
            return null;
        }
    }

    /** The group with its patient count and its onboarding flow. */
    private GroupView view(UserGroup group) {
        return view(group, groups.patientCounts(List.of(group.id())).getOrDefault(group.id(), 0L),
                onboarding.flowsOf(group.organizationId(), List.of(group.id())).get(group.id()));
    }

    private static GroupView view(UserGroup group, long usersCount, Long onboardingFlowId) {
        return new GroupView(group.id(), group.name(), group.inviteCode(), onboardingFlowId, usersCount,
                group.createdAt());
    }

}
