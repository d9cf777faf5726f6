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

    /**
     * An anonymous caller who has just become a patient (booked without an account) acts as that patient for
     * the rest of the request, so that the answer may show what the patient may see.
     */
    public void continueAsNewPatient(Caller patient) {
        if (get().isAuthenticated() || patient.role() != org.caregate.kernel.Role.PATIENT) {
            throw new IllegalStateException("only an anonymous caller continues as the patient it registered");
        }
        this.caller = patient;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no caller established for this request");
        }
        return caller;
    }
}
