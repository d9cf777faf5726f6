package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/** Users' addresses (Healthie's Locations). */
@Local
public interface LocationFacade {

    /** The parts of an address as sent; on update a {@code null} part is left as it is. */
    record Address(String name, String line1, String line2, String city, String state, String zip, String country,
                   String npi) {
    }

    LocationView createLocation(Caller caller, String userId, Address address);

    LocationView updateLocation(Caller caller, String id, Address address);

    /** The addresses of each of these users that the caller may see (a patient: only their own), in order. */
    List<List<LocationView>> locationsOf(Caller caller, List<Long> userIds);
}
