package org.caregate.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.identity.api.LocationFacade;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's createLocation/updateLocation: users' addresses. */
@GraphQLApi
@ApplicationScoped
public class LocationGraphQlApi {

    @EJB
    LocationFacade locations;

    @Inject
    CurrentCaller caller;

    @Mutation("createLocation")
    @Description("Records an address for user_id (the caller when absent).")
    public LocationPayload createLocation(@Name("input") CreateLocationInput input) {
        CreateLocationInput in = input != null ? input : new CreateLocationInput();
        return GraphQlErrors.mutation(() -> LocationPayload.of(locations.createLocation(caller.get(), in.userId, in.address())),
                LocationPayload::refused);
    }

    @Mutation("updateLocation")
    @Description("Changes an address; fields left out keep their value.")
    public LocationPayload updateLocation(@Name("input") UpdateLocationInput input) {
        UpdateLocationInput in = input != null ? input : new UpdateLocationInput();
        return GraphQlErrors.mutation(() -> LocationPayload.of(locations.updateLocation(caller.get(), in.id, in.address())),
                LocationPayload::refused);
    }

    /** The parts of an address both mutations take. */
    public abstract static class AddressInput {
        @Name("name") public String name;
        @Name("line1") public String line1;
        @Name("line2") public String line2;
        @Name("city") public String city;
        @Name("state") public String state;
        @Name("zip") public String zip;
        @Name("country") public String country;
        @Name("npi") public String npi;

        LocationFacade.Address address() {
            return new LocationFacade.Address(name, line1, line2, city, state, zip, country, npi);
        }
    }

    /** {@code createLocation(input: createLocationInput)}; {@code user_id} is a String, as the seed declares it. */
    @Input("createLocationInput")
    public static class CreateLocationInput extends AddressInput {
        @Name("user_id") public String userId;
    }

    /** {@code updateLocation(input: updateLocationInput)}. */
    @Input("updateLocationInput")
    public static class UpdateLocationInput extends AddressInput {
        @Id @Name("id") public String id;
    }

    /** The address a mutation recorded. */
    @Name("locationPayload")
    public record LocationPayload(@Name("location") LocationNode location, @Name("messages") List<FieldError> messages) {

        static LocationPayload of(org.caregate.identity.api.LocationView location) {
            return new LocationPayload(LocationNode.of(location), null);
        }

        static LocationPayload refused(List<FieldError> messages) {
            return new LocationPayload(null, messages);
        }
    }
}
