package org.caregate.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.caregate.identity.api.LocationFacade;
import org.caregate.identity.api.LocationView;
import org.caregate.identity.domain.Location;
import org.caregate.identity.domain.LocationRepository;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;

/** Users' addresses: members record them for the organization's users, a patient for themselves. */
@Stateless
public class LocationFacadeBean implements LocationFacade {

    private static final String LOCATION = "location";

    @Inject
    LocationRepository locations;

    @Inject
    UserRepository users;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public LocationView createLocation(Caller caller, String userId, Address address) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        Long id = inputs.id("user_id", userId);
        Location.Address parts = parts(inputs, address);
        inputs.check();
        User user = (id == null ? users.find(caller.organizationId(), caller.userId())
                : users.find(caller.organizationId(), id).filter(u -> caller.isMember() || u.id().equals(caller.userId())))
                .orElseThrow(() -> new NotFoundException("User"));
        Location location = locations.add(Location.of(user, parts, clock.instant()));
        audit.record(caller, "location.created", LOCATION, location.id().toString());
        return view(location);
    }

    @Override
    public LocationView updateLocation(Caller caller, String id, Address address) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        Long locationId = inputs.requiredId("id", id);
        Location.Address parts = parts(inputs, address);
        inputs.check();
        Location location = locations.find(caller.organizationId(), locationId)
                .filter(l -> caller.isMember() || l.userId().equals(caller.userId()))
                .orElseThrow(() -> new NotFoundException("Location"));
        location.readdress(parts, clock.instant());
        audit.record(caller, "location.updated", LOCATION, location.id().toString());
        return view(location);
    }

    @Override
    public List<List<LocationView>> locationsOf(Caller caller, List<Long> userIds) {
        Access.requireAuthenticated(caller);
        List<Long> visible = userIds.stream().filter(id -> caller.isMember() || id.equals(caller.userId())).toList();
        Map<Long, List<Location>> byUser = locations.ofUsers(caller.organizationId(), visible);
        return userIds.stream()
                .map(id -> byUser.getOrDefault(id, List.of()).stream().map(LocationFacadeBean::view).toList())
                .toList();
    }

    private static Location.Address parts(Inputs inputs, Address address) {
        return new Location.Address(inputs.optional("name", address.name()), inputs.optional("line1", address.line1()),
                inputs.optional("line2", address.line2()), inputs.optional("city", address.city()),
                inputs.optional("state", address.state()), inputs.optional("zip", address.zip()),
                inputs.optional("country", address.country()), inputs.optional("npi", address.npi()));
    }

    private static LocationView view(Location location) {
        Location.Address a = location.address();
        return new LocationView(location.id(), location.userId(), a.name(), a.line1(), a.line2(), a.city(), a.state(),
                a.zip(), a.country(), a.npi());
    }
}
