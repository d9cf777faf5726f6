package org.caregate.forms.api;

import jakarta.ejb.Local;
import java.util.Optional;

/** Form completion requests as outreach needs them to write to the patient, by the ids events carry. */
@Local
public interface FormRequestDirectory {

    /** The organization's request with this id, as the patient is told of it; empty when there is none. */
    Optional<FormRequestNotice> notice(long organizationId, long requestId);
}
