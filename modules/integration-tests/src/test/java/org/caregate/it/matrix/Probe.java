package org.caregate.it.matrix;

import java.net.http.HttpResponse;

/**
 * One operation called with another organization's object in one of its id parameters, everything else the
 * caller's own.
 *
 * @param operation   the GraphQL field or the REST method and path
 * @param parameter   the id parameter that names the foreign object, e.g. {@code input.user_group_id}
 * @param kind        the kind of object it names
 * @param destructive whether the operation deletes, cancels or revokes (run last, and with nothing of the caller's)
 * @param call        sends it with a key and the foreign id, taking the caller's own objects from its organization
 */
public record Probe(String operation, String parameter, Kind kind, boolean destructive, Call call) {

    /** Sends the probe. */
    public interface Call {
        HttpResponse<String> send(String key, String foreignId, Tenant own);
    }

    public String name() {
        return operation + "(" + parameter + ")";
    }
}
