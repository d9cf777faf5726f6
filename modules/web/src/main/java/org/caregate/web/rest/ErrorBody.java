package org.caregate.web.rest;

import jakarta.ws.rs.core.Response;

/** The shape a REST contract gives its errors. */
public interface ErrorBody {

    Response response(int status, String message);
}
