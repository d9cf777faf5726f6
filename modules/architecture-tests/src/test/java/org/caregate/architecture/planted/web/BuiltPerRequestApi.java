package org.caregate.architecture.planted.web;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Planted: a GraphQL API built again for every request. */
@GraphQLApi
@RequestScoped
public class BuiltPerRequestApi {

    @Query
    public String planted() {
        return "planted";
    }
}
