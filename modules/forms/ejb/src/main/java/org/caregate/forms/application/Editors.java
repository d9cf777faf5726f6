package org.caregate.forms.application;

import org.caregate.kernel.Caller;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.input.Access;

/** Who may change the organization's forms: members with {@code can_edit_forms}, or owners, admins, super admins. */
final class Editors {

    private Editors() {
    }

    static void require(Caller caller) {
        Access.requireMember(caller);
        if (!caller.privileges().mayEditForms()) {
            throw new ForbiddenException("You are not allowed to edit forms (can_edit_forms)");
        }
    }
}
