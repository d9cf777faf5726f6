package org.caregate.visits.api;

import jakarta.ejb.Local;
import org.caregate.kernel.Caller;

/** Solo's context-aware linking: an EHR's encrypted link leads its user straight into a visit. */
@Local
public interface ContextLinkingFacade {

    /** Sets the organization's shared secret (owners and admins; at least 16 characters). */
    void setSecret(Caller caller, String secret);

    /**
     * Where the link leads: the visit link of that user and role. Refuses, revealing nothing, a link no
     * organization's secret opens, one that does not match the schema, one for an unknown visit or patient, and
     * one whose visit is over.
     */
    String resolve(String argument);
}
