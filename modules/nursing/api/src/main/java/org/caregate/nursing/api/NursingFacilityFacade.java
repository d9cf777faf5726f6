package org.caregate.nursing.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.CareLocationId;
import org.caregate.kernel.id.NursingLocationId;

/**
 * The facility structure of the caller's organization: buildings and departments, their care locations with
 * devices, and which patient is placed where. Members read it, place patients and relay devices' presence; owners
 * and admins change the structure.
 */
@Local
public interface NursingFacilityFacade {

    /** The organization's buildings and departments, by name. */
    List<FacilityLocationView> locations(Caller caller);

    /** Adds a building or a department (kind {@code building} or {@code department}). */
    FacilityLocationView createLocation(Caller caller, String kind, String name);

    /** The care locations of one building or department (or of all, given {@code null}), by name. */
    List<CareLocationView> careLocations(Caller caller, NursingLocationId location);

    CareLocationView careLocation(Caller caller, CareLocationId id);

    CareLocationView createCareLocation(Caller caller, CareLocationChanges location);

    CareLocationView updateCareLocation(Caller caller, CareLocationChanges changes);

    /** Records what a device reports of itself: {@code online} or {@code offline}. */
    CareLocationView reportPresence(Caller caller, String serialNumber, String availability);

    /** Places the patient with this MRN at the care location (moving them from any other); blank MRN: nobody. */
    CareLocationView placePatient(Caller caller, CareLocationId id, String mrn);
}
