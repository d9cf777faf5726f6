package org.caregate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;

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

    public Privileges privileges() {
        return new Privileges(owner, admin, superAdmin, canAddMembers, canEditMembers);
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
