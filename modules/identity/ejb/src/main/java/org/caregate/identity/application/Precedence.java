package org.caregate.identity.application;

import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.error.ForbiddenException;

/**
 * Who may act on whom inside an organization: the owner above super admins, super admins above admins, admins above
 * everyone else. Nobody changes, sets the password of or mints a key for a member who ranks above them, and nobody
 * grants a permission they do not hold themselves; acting on oneself is always one's own business.
 */
final class Precedence {

    private Precedence() {
    }

    /** 3 for the owner, 2 for a super admin, 1 for an admin, 0 for everyone else. */
    static int rank(Privileges privileges) {
        return privileges.owner() ? 3 : privileges.superAdmin() ? 2 : privileges.admin() ? 1 : 0;
    }

    /** Whether the caller is the owner, a super admin or an admin: they may grant any permission. */
    static boolean administers(Caller caller) {
        return rank(caller.privileges()) > 0;
    }

    /**
     * Refuses unless the caller ranks at least as high as the member acted on, or is that member.
     *
     * @param what what the caller would do, e.g. "change" or "create an API key for"
     */
    static void requireNotOutranked(Caller caller, long memberId, Privileges member, String what) {
        if (!Long.valueOf(memberId).equals(caller.userId()) && rank(member) > rank(caller.privileges())) {
            throw new ForbiddenException("You cannot " + what + " a member with more privileges than you have");
        }
    }

    /** Refuses to switch a permission on for someone when the caller neither administers nor holds it. */
    static void requireHeld(Caller caller, String permission, Boolean granted, boolean memberHas, boolean callerHas) {
        if (Boolean.TRUE.equals(granted) && !memberHas && !callerHas && !administers(caller)) {
            throw new ForbiddenException("You cannot grant " + permission + ": you do not hold it");
        }
    }
}
