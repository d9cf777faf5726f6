package org.caregate.kernel;

/**
 * What an organization membership allows beyond the member's role.
 *
 * @param owner          the organization's owner (one per organization)
 * @param admin          may manage the organization's settings and members
 * @param superAdmin     may do everything, including removing members
 * @param canAddMembers  may invite new providers and staff
 * @param canEditMembers may change other members' roles and permissions
 * @param canEditForms   may create, change, copy and delete the organization's form templates
 */
public record Privileges(boolean owner, boolean admin, boolean superAdmin, boolean canAddMembers,
                         boolean canEditMembers, boolean canEditForms) {

    public static final Privileges NONE = new Privileges(false, false, false, false, false, false);

    /** Owners and super admins may manage members whatever their individual flags say. */
    public boolean mayAddMembers() {
        return canAddMembers || admin || owner || superAdmin;
    }

    public boolean mayEditMembers() {
        return canEditMembers || admin || owner || superAdmin;
    }

    public boolean mayEditForms() {
        return canEditForms || admin || owner || superAdmin;
    }
}
