package org.caregate.web.solo;

import jakarta.ws.rs.ext.Provider;
import org.caregate.web.rest.UnexpectedErrorMapper;

/** A failure nobody anticipated, in Solo's error shape (logged; the client sees only the request id). */
@Provider
public class SoloUnexpectedErrors extends UnexpectedErrorMapper {

    public SoloUnexpectedErrors() {
        super(SoloErrorBody::response, "Solo API");
    }
}
