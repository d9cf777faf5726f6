package org.caregate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A provider's or staff member's place in their organization: their org role ("Standard" for providers,
 * "Support" for staff) and what they may do beyond it — own the organization, administer it, add or edit
 * members, use developer tools.
 */
@Entity
@Table(name = "membership")
public class Membership {

    /** Healthie's org_role for providers. */
    public static final String STANDARD = "Standard";
    /** Healthie's org_role for staff members. */
    public static final String SUPPORT = "Support";

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "org_role", nullable = false)
    private String orgRole;

    @Column(name = "is_owner", nullable = false)
    private boolean owner;

    @Column(name = "is_admin", nullable = false)
    private boolean admin;

    @Column(name = "is_super_admin", nullable = false)
    private boolean superAdmin;

    @Column(name = "is_developer", nullable = false)
    private boolean developer;

    @Column(name = "can_add_members", nullable = false)
    private boolean canAddMembers;

    @Column(name = "can_edit_members", nullable = false)
    private boolean canEditMembers;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    private String title;

    @Column(name = "can_see_calendar", nullable = false)
    private boolean canSeeCalendar = true;

    @Column(name = "can_edit_forms", nullable = false)
    private boolean canEditForms = true;

    /** Two-letter codes of the states the member is licensed in. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "licensed_states", nullable = false)
    private String[] licensedStates = new String[0];

    protected Membership() {
    }

    private Membership(User member, Instant now) {
        this.userId = member.id();
        this.organizationId = member.organizationId();
        this.orgRole = member.role() == Role.STAFF ? SUPPORT : STANDARD;
        this.createdAt = now;
    }

    /** The membership of an ordinary provider or staff member. */
    public static Membership of(User member, Instant now) {
        return new Membership(member, now);
    }

    /** The membership of the person who founded the organization: owner and super admin. */
    public static Membership ownerOf(User founder, Instant now) {
        Membership membership = new Membership(founder, now);
        membership.owner = true;
        membership.admin = true;
        membership.superAdmin = true;
        membership.developer = true;
        membership.canAddMembers = true;
        membership.canEditMembers = true;
        return membership;
    }

    /** Changes what the member may do; a {@code null} leaves that permission as it is. */
    public void grant(Permissions changes) {
        admin = or(changes.admin(), admin);
        developer = or(changes.developer(), developer);
        canAddMembers = or(changes.canAddMembers(), canAddMembers);
        canEditMembers = or(changes.canEditMembers(), canEditMembers);
        canSeeCalendar = or(changes.canSeeCalendar(), canSeeCalendar);
        canEditForms = or(changes.canEditForms(), canEditForms);
    }

    /** Moves the member to another org role ("Standard" provider, "Support" staff). */
    public void assignOrgRole(String newOrgRole) {
        if (!STANDARD.equals(newOrgRole) && !SUPPORT.equals(newOrgRole)) {
            throw new IllegalArgumentException("org_role must be Standard or Support");
        }
        this.orgRole = newOrgRole;
    }

    public void entitle(String newTitle) {
        this.title = newTitle;
    }

    public void licenseIn(java.util.List<String> states) {
        this.licensedStates = states.toArray(String[]::new);
    }

    private static boolean or(Boolean value, boolean current) {
        return value != null ? value : current;
    }

    /** Permission changes; {@code null} means unchanged. */
    public record Permissions(Boolean admin, Boolean developer, Boolean canAddMembers, Boolean canEditMembers,
                              Boolean canSeeCalendar, Boolean canEditForms) {
    }

    public String title() {
        return title;
    }

    public boolean canSeeCalendar() {
        return canSeeCalendar;
    }

    public boolean canEditForms() {
        return canEditForms;
    }

    public boolean canAddMembers() {
        return canAddMembers;
    }

    public boolean canEditMembers() {
        return canEditMembers;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isSuperAdmin() {
        return superAdmin;
    }

    public java.util.List<String> licensedStates() {
        return java.util.List.of(licensedStates);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Privileges privileges() {
        return new Privileges(owner, admin, superAdmin, canAddMembers, canEditMembers, canEditForms);
    }

    public Long userId() {
        return userId;
    }

    public Long organizationId() {
        return organizationId;
    }

    public String orgRole() {
        return orgRole;
    }

    public boolean isOwner() {
        return owner;
    }

    public boolean isDeveloper() {
        return developer;
    }
}
