package org.caregate.web.identity;

import org.caregate.identity.api.LocationView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code Location}: a user's address. */
@Name("Location")
public record LocationNode(
        @Id @Name("id") String id,
        @Id @Name("user_id") String userId,
        @Name("name") String name,
        @Name("line1") String line1,
        @Name("line2") String line2,
        @Name("city") String city,
        @Name("state") String state,
        @Name("zip") String zip,
        @Name("country") String country,
        @Name("npi") String npi) {

    static LocationNode of(LocationView location) {
        return new LocationNode(Long.toString(location.id()), Long.toString(location.userId()), location.name(),
                location.line1(), location.line2(), location.city(), location.state(), location.zip(),
                location.country(), location.npi());
    }
}
