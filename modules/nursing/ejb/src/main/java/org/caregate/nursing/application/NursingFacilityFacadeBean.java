package org.caregate.nursing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.api.ChartedPatient;
import org.caregate.identity.api.PatientCharts;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.CareLocationId;
import org.caregate.kernel.id.NursingLocationId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.nursing.api.CareLocationChanges;
import org.caregate.nursing.api.CareLocationView;
import org.caregate.nursing.api.FacilityLocationView;
import org.caregate.nursing.api.NursingFacilityFacade;
import org.caregate.nursing.domain.CareLocation;
import org.caregate.nursing.domain.DeviceType;
import org.caregate.nursing.domain.FacilityLocation;
import org.caregate.nursing.domain.FacilityRepository;
import org.caregate.nursing.domain.LocationKind;

/**
 * The facility structure: members read it, place patients and relay what devices report; owners and admins add
 * buildings, departments and care locations and install devices. Every change is audited.
 */
@Stateless
public class NursingFacilityFacadeBean implements NursingFacilityFacade {

    private static final String STRUCTURE_REFUSAL = "Only owners and admins may change the facility structure";
    private static final String CARE_LOCATION = "care_location";

    @Inject
    FacilityRepository facility;

    @Inject
    NursingViews views;

    @EJB
    PatientCharts patients;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public List<FacilityLocationView> locations(Caller caller) {
        Access.requireMember(caller);
        return facility.locations(caller.organizationId()).stream().map(NursingViews::of).toList();
    }

    @Override
    public FacilityLocationView createLocation(Caller caller, String kind, String name) {
        Access.requireAdministrator(caller, STRUCTURE_REFUSAL);
        Inputs inputs = new Inputs();
        LocationKind locationKind = null;
        String wire = inputs.required("kind", kind);
        if (wire != null) {
            locationKind = LocationKind.named(wire).orElse(null);
            if (locationKind == null) {
                inputs.problem("kind", "must be building or department");
            }
        }
        String locationName = inputs.required("name", name);
        inputs.check();
        FacilityLocation created = FacilityLocation.create(caller.organizationId(), locationKind, locationName,
                clock.instant());
        facility.add(created);
        audit.record(caller, "facility_location.created", "facility_location", created.id().toString());
        return NursingViews.of(created);
    }

    @Override
    public List<CareLocationView> careLocations(Caller caller, NursingLocationId location) {
        Access.requireMember(caller);
        if (location != null) {
            location(caller, location);
        }
        return facility.careLocations(caller.organizationId(), location == null ? null : location.value()).stream()
                .map(views::of).toList();
    }

    @Override
    public CareLocationView careLocation(Caller caller, CareLocationId id) {
        Access.requireMember(caller);
        return views.of(find(caller, id));
    }

    @Override
    public CareLocationView createCareLocation(Caller caller, CareLocationChanges changes) {
        Access.requireAdministrator(caller, STRUCTURE_REFUSAL);
        Inputs inputs = new Inputs();
        if (changes.location() == null) {
            inputs.problem("nursing_location_id", "can't be blank");
        }
        inputs.check();
        FacilityLocation parent = location(caller, changes.location());
        Address address = Address.read(inputs, parent.kind(), changes.floor(), changes.room(), changes.bed(), null);
        String name = inputs.required("name", changes.name());
        Device device = Device.read(inputs, changes);
        inputs.check();
        CareLocation created = CareLocation.create(parent, name, address.floor(), address.room(), address.bed(),
                clock.instant());
        device.installIn(created);
        facility.save(created);
        audit.record(caller, "care_location.created", CARE_LOCATION, created.id().toString());
        return views.of(created);
    }

    @Override
    public CareLocationView updateCareLocation(Caller caller, CareLocationChanges changes) {
        Access.requireAdministrator(caller, STRUCTURE_REFUSAL);
        CareLocation location = find(caller, changes.id());
        FacilityLocation parent = location(caller, new NursingLocationId(location.facilityLocationId()));
        Inputs inputs = new Inputs();
        Address address = Address.read(inputs, parent.kind(), changes.floor(), changes.room(), changes.bed(),
                location);
        String name = changes.name() == null ? location.name() : inputs.required("name", changes.name());
        Device device = Device.read(inputs, changes);
        inputs.check();
        location.rename(name);
        location.readdress(address.floor(), address.room(), address.bed());
        device.installIn(location);
        facility.save(location);
        audit.record(caller, "care_location.updated", CARE_LOCATION, location.id().toString());
        return views.of(location);
    }

    @Override
    public CareLocationView reportPresence(Caller caller, String serialNumber, String availability) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        String serial = inputs.required("device_serial_number", serialNumber);
        String presence = inputs.required("availability", availability);
        if (presence != null && !presence.equals("online") && !presence.equals("offline")) {
            inputs.problem("availability", "must be online or offline");
        }
        inputs.check();
        CareLocation location = facility.byDevice(caller.organizationId(), serial)
                .orElseThrow(() -> new NotFoundException("Device"));
        location.reportPresence(presence.equals("online"));
        facility.save(location);
        return views.of(location);
    }

    @Override
    public CareLocationView placePatient(Caller caller, CareLocationId id, String mrn) {
        Access.requireMember(caller);
        CareLocation location = find(caller, id);
        Inputs inputs = new Inputs();
        String wanted = inputs.optional("mrn", mrn);
        inputs.check();
        if (wanted == null) {
            location.vacate();
        } else {
            ChartedPatient patient = patients.byMrn(caller.organizationId(), wanted)
                    .orElseThrow(() -> new NotFoundException("Patient"));
            Optional<CareLocation> former = facility.byPatient(caller.organizationId(), patient.id());
            if (former.isPresent() && !former.get().id().equals(location.id())) {
                former.get().vacate();
                facility.save(former.get());
            }
            location.place(patient.id());
        }
        facility.save(location);
        audit.record(caller, "care_location.patient_placed", CARE_LOCATION, location.id().toString());
        return views.of(location);
    }

    private FacilityLocation location(Caller caller, NursingLocationId id) {
        return facility.location(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException("Location"));
    }

    private CareLocation find(Caller caller, CareLocationId id) {
        return facility.careLocation(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException("Care location"));
    }

    /** A care location's floor, room and bed as given (or as they were, for fields left out of a change). */
    private record Address(String floor, String room, String bed) {

        static Address read(Inputs inputs, LocationKind kind, String floor, String room, String bed,
                            CareLocation current) {
            String newRoom = room == null && current != null ? current.room() : inputs.required("room", room);
            String newBed = bed == null && current != null ? current.bed() : inputs.optional("bed", bed);
            String newFloor = floor == null && current != null ? current.floor() : inputs.optional("floor", floor);
            if (kind == LocationKind.BUILDING && newFloor == null) {
                inputs.problem("floor", "can't be blank in a building");
            }
            if (kind == LocationKind.DEPARTMENT && newFloor != null) {
                inputs.problem("floor", "must be blank in a department");
            }
            return new Address(newFloor, newRoom, newBed);
        }
    }

    /** The device a change installs, if it names one (serial number and type together). */
    private record Device(String serialNumber, DeviceType type, String clientId, boolean skipActivation) {

        static Device read(Inputs inputs, CareLocationChanges changes) {
            String serial = inputs.optional("device_serial_number", changes.deviceSerialNumber());
            String typeName = inputs.optional("device_type", changes.deviceType());
            String clientId = inputs.optional("device_client_id", changes.deviceClientId());
            DeviceType type = null;
            if (typeName != null) {
                type = DeviceType.named(typeName).orElse(null);
                if (type == null) {
                    inputs.problem("device_type", "must be robot, cart or tablet");
                }
            }
            if (serial != null && typeName == null) {
                inputs.problem("device_type", "can't be blank with a device serial number");
            }
            if (serial == null && typeName != null) {
                inputs.problem("device_serial_number", "can't be blank with a device type");
            }
            if (serial == null && (clientId != null || changes.skipActivation() != null)) {
                inputs.problem("device_serial_number", "can't be blank with device settings");
            }
            return new Device(serial, type, clientId, Boolean.TRUE.equals(changes.skipActivation()));
        }

        void installIn(CareLocation location) {
            if (serialNumber != null && type != null) {
                location.installDevice(serialNumber, type, clientId, skipActivation);
            }
        }
    }
}
