package org.caregate.architecture.planted.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Planted: a JAX-RS resource without a scope, which RESTEasy builds and injects again for every request. */
@Path("/planted")
public class BuiltPerRequestResource {

    @GET
    public String get() {
        return "planted";
    }
}
