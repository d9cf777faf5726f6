package org.caregate.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.caregate.identity.api.MemberChanges;
import org.caregate.identity.api.MembershipFacade;
import org.caregate.identity.api.MembershipView;
import org.caregate.identity.api.NewMember;
import org.caregate.identity.api.event.AccountEmailEvent;
import org.caregate.identity.domain.AlreadyTaken;
import org.caregate.identity.domain.ApiKeyRepository;
import org.caregate.identity.domain.MemberSearch;
import org.caregate.identity.domain.Membership;
import org.caregate.identity.domain.OrganizationRepository;
import org.caregate.identity.domain.Passwords;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.identity.domain.UserSearch;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Role;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;

/**
 * The organization's providers and staff, managed by its super admins and the members they entrust. A member added
 * or changed with {@code send_invite_email} is owed an invitation email ({@code user.invited}, sent by outreach).
 */
@Stateless
public class MembershipFacadeBean implements MembershipFacade {

    private static final String MEMBERSHIP = "organization_membership";
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    @Inject
    UserRepository users;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ApiKeyRepository keys;

    @Inject
    AuditTrail audit;

    @Inject
    EventPublisher events;

    @Inject
    PasswordChanges passwords;

    Clock clock = Clock.systemUTC();

    @Override
    public MembershipView createMembership(Caller caller, NewMember member) {
        Access.requireMember(caller);
        if (!caller.privileges().mayAddMembers()) {
            throw new ForbiddenException("Only super admins and members who may add members can do this");
        }
        Inputs inputs = new Inputs();
        Long organizationId = inputs.requiredId("organization_id", member.organizationId());
        if (organizationId != null && !inCallersTree(caller, organizationId)) {
            inputs.problem("organization_id", "Organization not found");
        }
        String first = inputs.required("first_name", member.firstName());
        String last = inputs.required("last_name", member.lastName());
        String email = inputs.email("email", member.email(), true);
        Role role = role(inputs, member.orgRole(), Role.PROVIDER);
        String timezone = inputs.timezone("timezone", member.timezone());
        List<String> states = states(inputs, member.licensedStates());
        if (member.password() != null) {
            Passwords.weakness(member.password(), PasswordChanges.personalWords(first, last, email))
                    .ifPresent(problem -> inputs.problem("password", problem));
        }
        if (email != null && organizationId != null && users.findByEmail(organizationId, email).stream().anyMatch(u -> !u.isPatient())) {
            inputs.problem("email", "A member with this email already exists");
        }
        String phone = inputs.optional("phone_number", member.phoneNumber());
        String title = inputs.optional("title", member.title());
        inputs.check();
        Instant now = clock.instant();
        User user = User.enrolMember(organizationId, role, new PersonName(first, last), email, now);
        user.changePhoneNumber(phone, now);
        user.moveToTimezone(timezone, now);
        if (member.password() != null) {
            user.changePassword(Passwords.hash(member.password()), now);
        }
        try {
            users.add(user);
        } catch (AlreadyTaken e) {
            throw new InvalidInputException("email", "A member with this email already exists");
        }
        Membership membership = users.addMembership(Membership.of(user, now));
        membership.entitle(title);
        membership.licenseIn(states);
        audit.record(caller, "organization_membership.created", MEMBERSHIP, user.id().toString());
        if (Boolean.TRUE.equals(member.sendInviteEmail())) {
            events.publish(caller, new AccountEmailEvent(AccountEmailEvent.Action.INVITED, user.id()));
        }
        return view(user, membership);
    }

    @Override
    public List<MembershipView> members(Caller caller, Integer offset, Integer pageSize, String keywords, String sortBy,
                                        String licensedInState, String conversationId) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        MemberSearch.Sort sort = MemberSearch.Sort.LAST_NAME_ASC;
        if (sortBy != null && !sortBy.isBlank()) {
            sort = MemberSearch.Sort.named(sortBy);
            if (sort == null) {
                inputs.problem("sort_by", "must be one of " + String.join(", ", MemberSearch.Sort.names()));
            }
        }
        String state = null;
        if (licensedInState != null && !licensedInState.isBlank()) {
            state = licensedInState.strip().toUpperCase(Locale.ROOT);
            if (!STATE.matcher(state).matches()) {
                inputs.problem("licensed_in_state", "must be a two-letter state abbreviation such as CA or NY");
            }
        }
        if (conversationId != null && !conversationId.isBlank()) {
            inputs.problem("conversation_id", "Conversation not found");
        }
        int start = offset == null ? 0 : offset;
        int size = pageSize == null ? UserSearch.PAGE_SIZE : pageSize;
        if (start < 0) {
            inputs.problem("offset", "must not be negative");
        }
        if (size < 1 || size > 100) {
            inputs.problem("page_size", "must be between 1 and 100");
        }
        inputs.check();
        List<MembershipView> found = new ArrayList<>();
        for (Membership membership : users.searchMembers(new MemberSearch(caller.organizationId(),
                UserSearch.terms(keywords), state, sort, start, size))) {
            found.add(view(users.find(caller.organizationId(), membership.userId()).orElseThrow(), membership));
        }
        return found;
    }

    /**
     * Nobody grants what they do not hold: only the owner and admins grant or revoke admin rights, and a member who
     * may edit members switches on for others only the permissions they have themselves.
     */
    private void requireGrantsHeld(Caller caller, Membership member, MemberChanges changes) {
        if (changes.isAdmin() != null && changes.isAdmin() != member.isAdmin() && !Precedence.administers(caller)) {
            throw new ForbiddenException("Only the owner and admins grant or revoke admin rights");
        }
        Membership own = users.membershipOf(caller.userId()).orElse(null);
        Precedence.requireHeld(caller, "is_developer", changes.isDeveloper(), member.isDeveloper(),
                own != null && own.isDeveloper());
        Precedence.requireHeld(caller, "can_add_members", changes.canAddMembers(), member.canAddMembers(),
                caller.privileges().mayAddMembers());
        Precedence.requireHeld(caller, "can_edit_members", changes.canEditMembers(), member.canEditMembers(),
                caller.privileges().mayEditMembers());
        Precedence.requireHeld(caller, "can_see_calendar", changes.canSeeCalendar(), member.canSeeCalendar(),
                own != null && own.canSeeCalendar());
        Precedence.requireHeld(caller, "can_edit_forms", changes.canEditForms(), member.canEditForms(),
                own != null && own.canEditForms());
    }

    @Override
    public MembershipView updateMembership(Caller caller, MemberChanges changes) {
        Access.requireMember(caller);
        if (!caller.privileges().mayEditMembers()) {
            throw new ForbiddenException("Only super admins and members who may edit members can do this");
        }
        Membership membership = changes.id() != null && !changes.id().isBlank() ? membership(caller, changes.id())
                : namedOrOwnMembership(caller, changes.email());
        User user = users.findForUpdate(caller.organizationId(), membership.userId()).orElseThrow();
        Precedence.requireNotOutranked(caller, user.id(), membership.privileges(), "change");
        requireGrantsHeld(caller, membership, changes);
        Inputs inputs = new Inputs();
        String first = changes.firstName() != null ? inputs.required("first_name", changes.firstName()) : null;
        String last = changes.lastName() != null ? inputs.required("last_name", changes.lastName()) : null;
        String email = changes.email() != null ? inputs.email("email", changes.email(), true) : null;
        Role role = changes.orgRole() != null ? role(inputs, changes.orgRole(), null) : null;
        String timezone = inputs.timezone("timezone", changes.timezone());
        List<String> states = changes.licensedStates() != null ? states(inputs, changes.licensedStates()) : null;
        Long organizationId = inputs.id("organization_id", changes.organizationId());
        if (organizationId != null && !organizationId.equals(membership.organizationId())) {
            inputs.problem("organization_id", "Organization not found");
        }
        if (changes.password() != null) {
            passwords.check(caller, user, changes.password(), changes.currentPassword(), inputs);
        }
        if (membership.isOwner() && (Boolean.FALSE.equals(changes.active()) || Boolean.FALSE.equals(changes.isAdmin()))) {
            inputs.problem("active", "The organization's owner cannot be deactivated or lose admin rights");
        }
        if (email != null && users.findByEmail(caller.organizationId(), email).stream()
                .anyMatch(u -> !u.isPatient() && !u.id().equals(user.id()))) {
            inputs.problem("email", "A member with this email already exists");
        }
        String phone = inputs.optional("phone_number", changes.phoneNumber());
        String title = inputs.optional("title", changes.title());
        inputs.check();
        Instant now = clock.instant();
        if (first != null || last != null) {
            user.rename(new PersonName(first != null ? first : user.firstName(), last != null ? last : user.lastName()), now);
        }
        if (email != null) {
            user.changeEmail(email, now);
        }
        if (changes.phoneNumber() != null) {
            user.changePhoneNumber(phone, now);
        }
        if (timezone != null) {
            user.moveToTimezone(timezone, now);
        }
        if (changes.password() != null) {
            passwords.apply(caller, user, changes.password(), now);
        }
        if (role != null) {
            user.moveToRole(role, now);
            membership.assignOrgRole(role == Role.STAFF ? Membership.SUPPORT : Membership.STANDARD);
        }
        if (changes.title() != null) {
            membership.entitle(title);
        }
        if (states != null) {
            membership.licenseIn(states);
        }
        membership.grant(new Membership.Permissions(changes.isAdmin(), changes.isDeveloper(), changes.canAddMembers(),
                changes.canEditMembers(), changes.canSeeCalendar(), changes.canEditForms()));
        if (changes.active() != null) {
            if (changes.active()) {
                user.reactivate(now);
            } else {
                user.archive(now);
            }
        }
        audit.record(caller, "organization_membership.updated", MEMBERSHIP, user.id().toString());
        if (Boolean.TRUE.equals(changes.sendInviteEmail()) && user.active()) {
            events.publish(caller, new AccountEmailEvent(AccountEmailEvent.Action.INVITED, user.id()));
        }
        return view(user, membership);
    }

    @Override
    public MembershipView deleteMembership(Caller caller, String id) {
        Access.requireMember(caller);
        if (!caller.privileges().superAdmin()) {
            throw new ForbiddenException("Only super admins may remove members");
        }
        Membership membership = membership(caller, id);
        if (membership.isOwner()) {
            throw new InvalidInputException("id", "The organization's owner cannot be removed");
        }
        User user = users.findForUpdate(caller.organizationId(), membership.userId()).orElseThrow();
        MembershipView removed = view(user, membership);
        user.archive(clock.instant());
        users.removeMembership(membership);
        audit.record(caller, "organization_membership.deleted", MEMBERSHIP, user.id().toString());
        return removed;
    }

    @Override
    public boolean hasApiAccess(Caller caller, long userId) {
        Access.requireAuthenticated(caller);
        Instant now = clock.instant();
        return keys.apiKeysOf(caller.organizationId(), userId, null, 100).stream().anyMatch(k -> k.admitsAt(now));
    }

    private Membership membership(Caller caller, String id) {
        Inputs inputs = new Inputs();
        Long userId = inputs.requiredId("id", id);
        inputs.check();
        return users.membershipOf(userId).filter(m -> m.organizationId().equals(caller.organizationId()))
                .orElseThrow(() -> new NotFoundException("Organization membership"));
    }

    /**
     * Without an id (as the seed's example sends it), the membership of the member with this email, or the caller's
     * own when no email is given.
     */
    private Membership namedOrOwnMembership(Caller caller, String email) {
        long userId = email == null || email.isBlank() ? caller.userId()
                : users.findByEmail(caller.organizationId(), email.strip()).stream().filter(u -> !u.isPatient())
                        .map(User::id).findFirst().orElseThrow(() -> new NotFoundException("Organization membership"));
        return membership(caller, Long.toString(userId));
    }

    private boolean inCallersTree(Caller caller, long organizationId) {
        return organizationId == caller.organizationId() || organizations.find(organizationId)
                .map(o -> caller.organizationId().equals(o.parentId())).orElse(false);
    }

    private static Role role(Inputs inputs, String orgRole, Role fallback) {
        if (orgRole == null || orgRole.isBlank()) {
            return fallback;
        }
        return switch (orgRole.strip()) {
            case Membership.STANDARD -> Role.PROVIDER;
            case Membership.SUPPORT -> Role.STAFF;
            default -> {
                inputs.problem("org_role", "must be \"Standard\" or \"Support\"");
                yield fallback;
            }
        };
    }

    private static List<String> states(Inputs inputs, List<String> states) {
        if (states == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String state : states) {
            String code = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
            if (!STATE.matcher(code).matches()) {
                inputs.problem("licensed_states", "must be two-letter state abbreviations such as CA or NY");
                return List.of();
            }
            codes.add(code);
        }
        return codes;
    }

    private static MembershipView view(User user, Membership membership) {
        return new MembershipView(user.id(), UserViews.of(user, membership), membership.orgRole(), membership.title(),
                membership.isOwner(), membership.isAdmin(), membership.isSuperAdmin(), membership.isDeveloper(),
                membership.canAddMembers(), membership.canEditMembers(), membership.canSeeCalendar(),
                membership.canEditForms(), membership.licensedStates());
    }
}
