package org.caregate.kernel.input;

import org.caregate.kernel.Caller;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.UnauthenticatedException;

/** The access rules every identity use case starts with. */
public final class Access {

    private Access() {
    }

    public static void requireAuthenticated(Caller caller) {
        if (!caller.isAuthenticated()) {
            throw new UnauthenticatedException("Authentication required: send an API key in the Authorization "
                    + "header (Basic <key>) or the Api-Key header");
        }
    }

    /** Providers and staff only: patients may not manage other patients. */
    public static void requireMember(Caller caller) {
        requireAuthenticated(caller);
        if (!caller.isMember()) {
            throw new ForbiddenException("Only providers and staff members may do this");
        }
    }

    /** The organization's owner, admins and super admins only: settings that act for the whole organization. */
    public static void requireAdministrator(Caller caller, String refusal) {
        requireMember(caller);
        if (!caller.privileges().owner() && !caller.privileges().admin() && !caller.privileges().superAdmin()) {
            throw new ForbiddenException(refusal);
        }
    }
}
