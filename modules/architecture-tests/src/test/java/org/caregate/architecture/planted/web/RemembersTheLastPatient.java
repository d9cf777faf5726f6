package org.caregate.architecture.planted.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Planted: a resource built once that keeps a request's state in a field, where the next caller finds it. */
@ApplicationScoped
@Path("/planted/patients")
public class RemembersTheLastPatient {

    private String lastPatient;

    @GET
    @Path("/{id}")
    public String get(@PathParam("id") String id) {
        String previous = lastPatient;
        lastPatient = id;
        return previous;
    }
}
