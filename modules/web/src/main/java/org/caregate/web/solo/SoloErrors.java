package org.caregate.web.solo;

import jakarta.ws.rs.ext.Provider;
import org.caregate.web.rest.RefusalMapper;

/** Refusals from the contexts, as Solo reports them: 400 "Bad parameters [field: problem.]", 401, 403, 404, 429. */
@Provider
public class SoloErrors extends RefusalMapper {

    public SoloErrors() {
        super(SoloErrorBody::response);
    }
}
