package org.caregate.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.caregate.kernel.Caller;

/** The caller of the request being served, as {@link CallerFilter} established it. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void establish(Caller established) {
        this.caller = established;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no caller established for this request");
        }
        return caller;
    }
}
