package org.caregate.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caregate.identity.api.ClientChanges;
import org.caregate.identity.api.IdentityFacade;
import org.caregate.identity.api.NewClient;
import org.caregate.identity.api.SignUp;
import org.caregate.identity.api.UserQuery;
import org.caregate.identity.api.UserView;
import org.caregate.identity.api.event.AccountEmailEvent;
import org.caregate.identity.api.event.PatientEvent;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.Passwords;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserGroup;
import org.caregate.identity.domain.UserGroupRepository;
import org.caregate.identity.domain.UserRepository;
import org.caregate.identity.domain.UserSearch;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.audit.ChangedFields;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;

/**
 * Patients and members of an organization: adding, signing up, finding, changing and archiving them, for the
 * Healthie GraphQL and Solo REST adapters alike.
 */
@Stateless
public class IdentityFacadeBean implements IdentityFacade {

    private static final String PATIENT = "patient";
    private static final String USER = "user";

    @Inject
    UserRepository users;

    @Inject
    UserGroupRepository groups;

    @Inject
    AuditTrail audit;

    @Inject
    EventPublisher events;

    @Inject
    PasswordChanges passwords;

    Clock clock = Clock.systemUTC();


    @Override
    public UserView createClient(Caller caller, NewClient client) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        String first = inputs.required("first_name", client.firstName());
        String last = inputs.required("last_name", client.lastName());
        boolean skippedEmail = Boolean.TRUE.equals(client.skippedEmail());
        String email = inputs.email("email", client.email(), !skippedEmail);
        String phone = inputs.optional("phone_number", client.phoneNumber());
        String legalName = inputs.optional("legal_name", client.legalName());
        String timezone = inputs.timezone("timezone", client.timezone());
        Long providerId = providerFor(caller, inputs, "dietitian_id", client.dietitianId());
        Optional<UserGroup> group = group(caller.organizationId(), inputs, "user_group_id", client.userGroupId());
        LocalDate dob = inputs.birthDate("dob", client.dob(), LocalDate.now(clock));
        String gender = inputs.optional("gender", client.gender());
        String recordIdentifier = inputs.optional("record_identifier", client.recordIdentifier());
        inputs.check();

        PersonName name = new PersonName(first, last);
        patients().requireUnique(caller.organizationId(), email, name, null);
        Instant now = clock.instant();
        User patient = User.registerPatient(caller.organizationId(), name, providerId, now);
        patient.changeEmail(email, now);
        patient.changePhoneNumber(phone, now);
        patient.recordLegalName(legalName, now);
        patient.recordBirth(dob, now);
        patient.recordGender(gender, now);
        patient.moveToTimezone(timezone, now);
        patient.recordIdentifiers(recordIdentifier, null, now);
        group.ifPresent(g -> patient.joinGroup(g.id(), now));
        patients().add(patient);
        events.publish(caller, PatientEvent.of(PatientEvent.Action.CREATED, patient.id()));
        if (email != null && !Boolean.TRUE.equals(client.dontSendWelcome())) {
            events.publish(caller, new AccountEmailEvent(AccountEmailEvent.Action.WELCOMED, patient.id()));
        }
        return UserViews.of(patient, null);
    }

    @Override
    public UserView signUp(Caller caller, SignUp signUp) {
        Inputs inputs = new Inputs();
        String role = inputs.required("role", signUp.role());
        if (role != null && !role.equalsIgnoreCase(PATIENT)) {
            inputs.problem("role", "must be \"patient\": providers and staff are added by their organization");
        }
        String first = inputs.required("first_name", signUp.firstName());
        String last = inputs.required("last_name", signUp.lastName());
        String email = inputs.email("email", signUp.email(), true);
        String phone = inputs.optional("phone_number", signUp.phoneNumber());
        String timezone = inputs.timezone("timezone", signUp.timezone());
        Passwords.weakness(signUp.password(), PasswordChanges.personalWords(first, last, email))
                .ifPresent(problem -> inputs.problem("password", problem));
        Optional<User> provider = Optional.empty();
        Long providerId = inputs.id("dietitian_id", signUp.dietitianId());
        if (providerId != null) {
            provider = users.findAnywhere(providerId).filter(u -> !u.isPatient() && u.active());
            if (provider.isEmpty()) {
                inputs.problem("dietitian_id", "Provider not found");
            }
        }
        String inviteCode = inputs.optional("invite_code", signUp.inviteCode());
        Optional<UserGroup> group = inviteCode == null ? Optional.empty() : groups.findByInviteCode(inviteCode);
        if (inviteCode != null && group.isEmpty()) {
            inputs.problem("invite_code", "Invite code not found");
        }
        if (providerId == null && inviteCode == null && !inputs.hasProblem("dietitian_id")) {
            inputs.problem("dietitian_id", "Either dietitian_id or invite_code is required");
        }
        if (provider.isPresent() && group.isPresent() && !provider.get().organizationId().equals(group.get().organizationId())) {
            inputs.problem("invite_code", "Invite code not found");
        }
        inputs.check();

        long organizationId = provider.map(User::organizationId).orElseGet(() -> group.orElseThrow().organizationId());
        PersonName name = new PersonName(first, last);
        patients().requireUnique(organizationId, email, name, null);
        Instant now = clock.instant();
        User patient = User.registerPatient(organizationId, name, providerId, now);
        patient.changeEmail(email, now);
        patient.changePhoneNumber(phone, now);
        patient.moveToTimezone(timezone, now);
        patient.changePassword(Passwords.hash(signUp.password()), now);
        group.ifPresent(g -> patient.joinGroup(g.id(), now));
        patients().add(patient);
        audit.record(caller.actingAs(patient.id(), organizationId, Role.PATIENT, caller.privileges()),
                "patient.signed_up", PATIENT, patient.id().toString());
        return UserViews.of(patient, null);
    }

    @Override
    public UserView user(Caller caller, String id, boolean orCurrentUser) {
        Access.requireAuthenticated(caller);
        Long userId = parseId(id);
        Optional<User> found = userId == null ? Optional.empty() : visibleUser(caller, userId);
        if (found.isEmpty() && orCurrentUser) {
            found = users.find(caller.organizationId(), caller.userId());
        }
        if (found.isEmpty() && userId == null && !orCurrentUser) {
            throw new InvalidInputException("id", "is required unless or_current_user is true");
        }
        User user = found.orElseThrow(() -> new NotFoundException("User"));
        return UserViews.of(user, users.membershipOf(user.id()).orElse(null));
    }

    @Override
    public List<UserView> usersWithIds(Caller caller, List<Long> ids) {
        Access.requireAuthenticated(caller);
        List<UserView> found = new ArrayList<>();
        for (Long id : ids) {
            visibleUser(caller, id).ifPresent(user -> found.add(UserViews.of(user, users.membershipOf(user.id()).orElse(null))));
        }
        return found;
    }

    @Override
    public UserView updateClient(Caller caller, ClientChanges changes) {
        Access.requireMember(caller);
        Long id = parseId(changes.id());
        if (id == null) {
            throw new InvalidInputException("id", "can't be blank");
        }
        User patient = users.findForUpdate(caller.organizationId(), id).filter(User::isPatient)
                .orElseThrow(() -> new NotFoundException("Client"));
        return change(caller, patient, changes, true);
    }

    @Override
    public UserView updateUser(Caller caller, ClientChanges changes) {
        Access.requireAuthenticated(caller);
        Long id = parseId(changes.id());
        User user;
        if (id != null) {
            user = users.findForUpdate(caller.organizationId(), id)
                    .filter(found -> caller.isMember() || found.id().equals(caller.userId()))
                    .orElseThrow(() -> new NotFoundException("User"));
        } else if (changes.currentEmail() != null && !changes.currentEmail().isBlank() && caller.isMember()) {
            user = users.findByEmail(caller.organizationId(), changes.currentEmail().strip()).stream()
                    .filter(User::isPatient)
                    .findFirst()
                    .flatMap(u -> users.findForUpdate(caller.organizationId(), u.id()))
                    .orElseThrow(() -> new NotFoundException("User"));
        } else {
            user = users.findForUpdate(caller.organizationId(), caller.userId())
                    .orElseThrow(() -> new NotFoundException("User"));
        }
        if (!user.isPatient() && !user.id().equals(caller.userId())) {
            if (!caller.privileges().mayEditMembers()) {
                throw new ForbiddenException("Only admins may change other members' accounts");
            }
            Precedence.requireNotOutranked(caller, user.id(), users.membershipOf(user.id())
                    .map(Membership::privileges).orElse(Privileges.NONE), "change");
        }
        return change(caller, user, changes, false);
    }

    @Override
    public List<UserView> bulkUpdateClients(Caller caller, List<String> ids, String userGroupId, Boolean activeStatus) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        if (ids == null || ids.isEmpty()) {
            inputs.problem("ids", "can't be blank");
        }
        Optional<UserGroup> group = Optional.empty();
        if (userGroupId != null) {
            // Healthie: user_group_id wins over active_status; one field per bulk update ("" takes them out).
            group = group(caller.organizationId(), inputs, "user_group_id", userGroupId);
        } else if (activeStatus == null) {
            inputs.problem("active_status", "is required when user_group_id is not given");
        }
        inputs.check();
        List<User> patients = new ArrayList<>();
        for (String rawId : new LinkedHashSet<>(ids)) {
            Long id = parseId(rawId);
            patients.add((id == null ? Optional.<User>empty() : users.findForUpdate(caller.organizationId(), id))
                    .filter(User::isPatient)
                    .orElseThrow(() -> new InvalidInputException("ids", "Client " + rawId + " not found")));
        }
        Instant now = clock.instant();
        List<UserView> updated = new ArrayList<>();
        for (User patient : patients) {
            if (userGroupId == null) {
                patient.applyActiveStatus(activeStatus, now);
                events.publish(caller, new PatientEvent(activeStatus ? PatientEvent.Action.REACTIVATED
                        : PatientEvent.Action.ARCHIVED, patient.id(), List.of("active")));
            } else {
                moveToGroup(patient, group, now);
                audit.record(caller, "patient.regrouped", PATIENT, patient.id().toString());
            }
            updated.add(UserViews.of(patient, null));
        }
        return updated;
    }

    @Override
    public List<UserView> users(Caller caller, UserQuery query) {
        Access.requireMember(caller);
        Optional<UserSearch> search = search(caller, query);
        return search.map(s -> Pages.withinUnpagedLimit(users.search(s), "should_paginate", "users").stream()
                .map(u -> UserViews.of(u, null)).toList()).orElse(List.of());
    }

    @Override
    public long usersCount(Caller caller, UserQuery query) {
        Access.requireMember(caller);
        return search(caller, query).map(s -> users.count(s.unpaged())).orElse(0L);
    }

    private UserView change(Caller caller, User user, ClientChanges changes, boolean patientUpdate) {
        UserView before = UserViews.of(user, null);
        Inputs inputs = new Inputs();
        if (Boolean.TRUE.equals(changes.resendWelcome())) {
            // Healthie: notification triggers take precedence over every demographic change, which is not made
            if (user.email() == null || user.email().isBlank()) {
                throw new InvalidInputException("resend_welcome", "The client has no email address to write to");
            }
            events.publish(caller, new AccountEmailEvent(AccountEmailEvent.Action.WELCOMED, user.id()));
            return before;
        }
        if (changes.triggersNotification()) {
            inputs.problem("send_form_request_reminder", "must be sent with is_intake_item or with "
                    + "requested_form_completion_id (and they without it); nothing was sent or changed");
            inputs.check();
        }
        String first = changes.firstName() != null ? inputs.required("first_name", changes.firstName()) : null;
        String last = changes.lastName() != null ? inputs.required("last_name", changes.lastName()) : null;
        String email = changes.email() != null ? inputs.email("email", changes.email(), true) : null;
        String legalName = inputs.optional("legal_name", changes.legalName());
        String phone = inputs.optional("phone_number", changes.phoneNumber());
        String timezone = inputs.timezone("timezone", changes.timezone());
        Long providerId = changes.dietitianId() != null
                ? providerFor(caller, inputs, "dietitian_id", changes.dietitianId()) : null;
        Optional<UserGroup> group = changes.userGroupId() != null
                ? group(user.organizationId(), inputs, "user_group_id", changes.userGroupId()) : Optional.empty();
        if (changes.activeStatus() != null && !caller.isMember()) {
            inputs.problem("active_status", "Only providers and staff may archive or reactivate a client");
        }
        if (changes.password() != null) {
            passwords.check(caller, user, changes.password(), changes.currentPassword(), inputs);
        }
        LocalDate dob = inputs.birthDate("dob", changes.dob(), LocalDate.now(clock));
        // read before the check: a problem recorded after it would never be heard, and the text stored
        String gender = inputs.optional("gender", changes.gender());
        String recordIdentifier = inputs.optional("record_identifier", changes.recordIdentifier());
        inputs.check();

        Instant now = clock.instant();
        if (first != null || last != null || email != null) {
            PersonName name = new PersonName(first != null ? first : user.firstName(),
                    last != null ? last : user.lastName());
            if (user.isPatient()) {
                patients().requireUnique(user.organizationId(), email != null ? email : user.email(), name, user.id());
            }
            user.rename(name, now);
            if (email != null) {
                user.changeEmail(email, now);
            }
        }
        if (legalName != null) {
            user.recordLegalName(legalName, now);
        }
        if (phone != null) {
            user.changePhoneNumber(phone, now);
        }
        if (dob != null) {
            user.recordBirth(dob, now);
        }
        if (changes.gender() != null) {
            user.recordGender(gender, now);
        }
        if (timezone != null) {
            user.moveToTimezone(timezone, now);
        }
        if (changes.recordIdentifier() != null) {
            user.recordIdentifiers(recordIdentifier, user.npi(), now);
        }
        if (providerId != null) {
            user.assignProvider(providerId, now);
        }
        if (Boolean.TRUE.equals(changes.forChangingGroups())) {
            user.leaveGroup(now);
        } else if (changes.userGroupId() != null) {
            moveToGroup(user, group, now);
        }
        if (changes.password() != null) {
            passwords.apply(caller, user, changes.password(), now);
        }
        PatientEvent.Action patientAction = patientUpdate ? PatientEvent.Action.UPDATED : null;
        if (changes.activeStatus() != null && changes.activeStatus() != user.active()) {
            user.applyActiveStatus(changes.activeStatus(), now);
            patientAction = changes.activeStatus() ? PatientEvent.Action.REACTIVATED : PatientEvent.Action.ARCHIVED;
        }
        if (user.isPatient() && patientAction != null) {
            events.publish(caller, new PatientEvent(patientAction, user.id(),
                    ChangedFields.between(before, UserViews.of(user, null))));
        } else {
            audit.record(caller, "user.updated", user.isPatient() ? PATIENT : USER, user.id().toString());
        }
        return UserViews.of(user, users.membershipOf(user.id()).orElse(null));
    }

    private Optional<UserSearch> search(Caller caller, UserQuery query) {
        Inputs inputs = new Inputs();
        UserSearch.Sort sort = UserSearch.Sort.LAST_NAME_DESC;
        if (query.sortBy() != null && !query.sortBy().isBlank()) {
            sort = UserSearch.Sort.named(query.sortBy().strip());
            if (sort == null) {
                inputs.problem("sort_by", "must be one of " + String.join(", ", UserSearch.Sort.names()));
            }
        }
        Boolean active = null;
        if (query.activeStatus() != null && !query.activeStatus().isBlank()) {
            switch (query.activeStatus().strip().toLowerCase(Locale.ROOT)) {
                case "active" -> active = true;
                case "archived" -> active = false;
                default -> inputs.problem("active_status", "must be \"active\" or \"archived\"");
            }
        }
        Optional<UserGroup> group = query.groupId() == null || query.groupId().isBlank() ? Optional.empty()
                : group(caller.organizationId(), inputs, "group_id", query.groupId());
        if (query.conversationId() != null && !query.conversationId().isBlank()) {
            inputs.problem("conversation_id", "Conversation not found");
        }
        Long providerId = inputs.id("provider_id", query.providerId());
        if (providerId != null && users.find(caller.organizationId(), providerId).filter(u -> !u.isPatient()).isEmpty()) {
            inputs.problem("provider_id", "Provider not found");
        }
        int offset = query.offset() == null ? 0 : query.offset();
        if (offset < 0) {
            inputs.problem("offset", "must not be negative");
        }
        int pageSize = query.pageSize() == null ? UserSearch.PAGE_SIZE : query.pageSize();
        if (pageSize < 1 || pageSize > 100) {
            inputs.problem("page_size", "must be between 1 and 100");
        }
        inputs.check();
        List<String> terms = UserSearch.terms(query.keywords());
        if (Boolean.FALSE.equals(query.showAllByDefault()) && terms.isEmpty()) {
            return Optional.empty();
        }
        // Every member of the organization has access to every patient of it; limited_to_provider narrows the
        // list to the patients whose provider of record is provider_id (the caller by default).
        Long limitedTo = Boolean.TRUE.equals(query.limitedToProvider())
                ? (providerId != null ? providerId : caller.userId()) : null;
        boolean paginate = !Boolean.FALSE.equals(query.shouldPaginate());
        return Optional.of(new UserSearch(caller.organizationId(), terms, active, limitedTo,
                group.map(UserGroup::id).orElse(null), true, sort,
                paginate ? offset : 0, paginate ? pageSize : Pages.unpagedQueryLimit()));
    }

    /** The provider a patient is assigned to: the given one (a member of the caller's organization) or the caller. */
    private Long providerFor(Caller caller, Inputs inputs, String field, String requested) {
        if (requested == null || requested.isBlank()) {
            return caller.userId();
        }
        Long id = inputs.id(field, requested);
        if (id != null && users.find(caller.organizationId(), id).filter(u -> !u.isPatient()).isEmpty()) {
            inputs.problem(field, "Provider not found");
            return null;
        }
        return id;
    }

    /** The organization's group named by {@code groupId}; empty for a blank id ("no group"). */
    private Optional<UserGroup> group(long organizationId, Inputs inputs, String field, String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return Optional.empty();
        }
        Long id = inputs.id(field, groupId);
        Optional<UserGroup> group = id == null ? Optional.empty() : groups.find(organizationId, id);
        if (id != null && group.isEmpty()) {
            inputs.problem(field, "User group not found");
        }
        return group;
    }

    private static void moveToGroup(User patient, Optional<UserGroup> group, Instant now) {
        if (group.isPresent()) {
            patient.joinGroup(group.get().id(), now);
        } else {
            patient.leaveGroup(now);
        }
    }

    private PatientRules patients() {
        return new PatientRules(users);
    }

    private Optional<User> visibleUser(Caller caller, long userId) {
        return users.find(caller.organizationId(), userId)
                .filter(user -> caller.isMember() || user.id().equals(caller.userId()) || !user.isPatient());
    }

    private static Long parseId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
