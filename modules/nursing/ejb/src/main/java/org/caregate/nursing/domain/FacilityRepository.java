package org.caregate.nursing.domain;

import java.util.List;
import java.util.Optional;

/** Where buildings, departments and their care locations are kept; every look-up names the organization. */
public interface FacilityRepository {

    /** Stores a new building or department; refuses {@code name} when the organization has one so called. */
    void add(FacilityLocation location);

    Optional<FacilityLocation> location(long organizationId, long id);

    /** The organization's buildings and departments, by name. */
    List<FacilityLocation> locations(long organizationId);

    /**
     * Stores a new care location, or writes a changed one; refuses the address when another care location of the
     * building or department has it, the device's serial number when another care location has that device, and the
     * patient when placed elsewhere.
     */
    void save(CareLocation location);

    Optional<CareLocation> careLocation(long organizationId, long id);

    /**
     * The care location, locked until the transaction ends: calls for a nurse from one place take turns, so only
     * the first opens a request.
     */
    Optional<CareLocation> lockCareLocation(long organizationId, long id);

    /** The care locations of the building or department (all of them, given {@code null}), by name. */
    List<CareLocation> careLocations(long organizationId, Long facilityLocationId);

    Optional<CareLocation> byDevice(long organizationId, String serialNumber);

    Optional<CareLocation> byPatient(long organizationId, long patientId);

    /**
     * The care location at this address of the named building or department (names and address compared ignoring
     * case; {@code floor} {@code null} for a department, {@code bed} {@code null} for the room as a whole).
     */
    Optional<CareLocation> byAddress(long organizationId, LocationKind kind, String locationName, String floor,
                                     String room, String bed);
}
