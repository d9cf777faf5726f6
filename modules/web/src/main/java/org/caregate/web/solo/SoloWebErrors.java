package org.caregate.web.solo;

import jakarta.ws.rs.ext.Provider;
import org.caregate.web.rest.ProtocolErrorMapper;

/** Protocol-level refusals (unknown path, wrong method or media type) in Solo's error shape. */
@Provider
public class SoloWebErrors extends ProtocolErrorMapper {

    public SoloWebErrors() {
        super(SoloErrorBody::response);
    }
}
