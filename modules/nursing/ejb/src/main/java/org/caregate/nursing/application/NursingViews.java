package org.caregate.nursing.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.caregate.identity.api.PatientCharts;
import org.caregate.nursing.api.AssistanceRequestView;
import org.caregate.nursing.api.CareLocationView;
import org.caregate.nursing.api.DeviceView;
import org.caregate.nursing.api.FacilityLocationView;
import org.caregate.nursing.api.PlacedPatientView;
import org.caregate.nursing.domain.AssistanceRequest;
import org.caregate.nursing.domain.CareLocation;
import org.caregate.nursing.domain.DeviceType;
import org.caregate.nursing.domain.FacilityLocation;
import org.caregate.nursing.domain.FacilityRepository;

/** Shows facility locations, care locations (with the placed patient from identity) and requests as views. */
@Dependent
public class NursingViews {

    @Inject
    FacilityRepository facility;

    @EJB
    PatientCharts patients;

    static FacilityLocationView of(FacilityLocation location) {
        return new FacilityLocationView(location.id(), location.kind().wire(), location.name());
    }

    CareLocationView of(CareLocation location) {
        FacilityLocation parent = facility.location(location.organizationId(), location.facilityLocationId())
                .orElseThrow();
        DeviceView device = location.hasDevice() ? new DeviceView(location.deviceSerialNumber(),
                location.deviceType().map(DeviceType::wire).orElseThrow(), location.deviceClientId(),
                location.skipActivation(), location.availability()) : null;
        return new CareLocationView(location.id(), of(parent), location.name(), location.floor(), location.room(),
                location.bed(), device, location.patientId().map(id -> patient(location.organizationId(), id))
                .orElse(null));
    }

    AssistanceRequestView of(AssistanceRequest request) {
        CareLocation location = facility.careLocation(request.organizationId(), request.careLocationId())
                .orElseThrow();
        return new AssistanceRequestView(request.id(), request.organizationId(), of(location),
                request.patientId().map(id -> patient(request.organizationId(), id)).orElse(null),
                request.status().wire(), request.assignedTo().orElse(null), request.createdAt(),
                request.finishedAt().orElse(null));
    }

    private PlacedPatientView patient(long organizationId, long patientId) {
        return patients.patient(organizationId, patientId).map(p -> new PlacedPatientView(p.id(), p.firstName(),
                p.lastName(), p.dob(), p.mrn())).orElse(null);
    }
}
