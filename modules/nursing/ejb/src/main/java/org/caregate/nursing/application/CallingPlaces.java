package org.caregate.nursing.application;

import java.util.Optional;
import org.caregate.identity.api.PatientCharts;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.nursing.api.CallingPlace;
import org.caregate.nursing.domain.CareLocation;
import org.caregate.nursing.domain.FacilityRepository;
import org.caregate.nursing.domain.LocationKind;

/**
 * Finds the care location a call names. The forms are tried in this order, the first complete one deciding: the
 * device's serial number, the placed patient's MRN, building + floor + room (+ bed), department + room (+ bed). Only
 * a care location with a device answers a call: the nurse's session goes to that device.
 */
final class CallingPlaces {

    /** What is refused when no form is complete (the web adapter words it as Solo does). */
    static final String INCOMPLETE = "must name a device, a patient MRN, building + floor + room or department + room";

    private final FacilityRepository facility;
    private final PatientCharts patients;

    CallingPlaces(FacilityRepository facility, PatientCharts patients) {
        this.facility = facility;
        this.patients = patients;
    }

    /** The care location the place names, if the organization has it; refuses a place with no complete form. */
    Optional<CareLocation> resolve(long organizationId, CallingPlace place) {
        String device = given(place.deviceSerialNumber());
        String mrn = given(place.patientMrn());
        String building = given(place.building());
        String floor = given(place.floor());
        String room = given(place.room());
        String bed = given(place.bed());
        String department = given(place.department());
        Optional<CareLocation> found;
        if (device != null) {
            found = facility.byDevice(organizationId, device);
        } else if (mrn != null) {
            found = patients.byMrn(organizationId, mrn).flatMap(p -> facility.byPatient(organizationId, p.id()));
        } else if (building != null && floor != null && room != null) {
            found = facility.byAddress(organizationId, LocationKind.BUILDING, building, floor, room, bed);
        } else if (department != null && room != null) {
            found = facility.byAddress(organizationId, LocationKind.DEPARTMENT, department, null, room, bed);
        } else {
            throw new InvalidInputException("place", INCOMPLETE);
        }
        return found.filter(CareLocation::hasDevice);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
