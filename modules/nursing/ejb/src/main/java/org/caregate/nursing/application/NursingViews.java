package org.caregate.nursing.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.api.PatientCharts;
import org.caregate.nursing.api.AssistanceRequestView;
import org.caregate.nursing.api.AvSessionView;
import org.caregate.nursing.api.CareLocationView;
import org.caregate.nursing.api.DeviceView;
import org.caregate.nursing.api.FacilityLocationView;
import org.caregate.nursing.api.PlacedPatientView;
import org.caregate.nursing.domain.AssistanceRequest;
import org.caregate.nursing.domain.CareLocation;
import org.caregate.nursing.domain.DeviceType;
import org.caregate.nursing.domain.FacilityLocation;
import org.caregate.nursing.domain.FacilityRepository;
import org.caregate.visits.api.ImmediateVideoVisits;

/** Shows facility locations, care locations (with the placed patient from identity) and requests as views. */
@Dependent
public class NursingViews {

    @Inject
    FacilityRepository facility;

    @EJB
    PatientCharts patients;

    @EJB
    ImmediateVideoVisits videoVisits;

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
                request.finishedAt().orElse(null), sessions(request));
    }

    /** The request's session with its links, as the visits context holds them. */
    private List<AvSessionView> sessions(AssistanceRequest request) {
        return request.sessionVisitId().map(visit -> {
            Optional<ImmediateVideoVisits.ImmediateVisit> links = videoVisits.visit(request.organizationId(), visit);
            Instant ended = request.sessionEndedAt().orElse(null);
            return List.of(new AvSessionView(visit, ended == null ? "in_progress" : "ended",
                    request.sessionStartedAt().orElseThrow(), ended,
                    links.map(ImmediateVideoVisits.ImmediateVisit::hostUrl).orElse(null),
                    links.map(ImmediateVideoVisits.ImmediateVisit::guestUrl).orElse(null)));
        }).orElse(List.of());
    }

    private PlacedPatientView patient(long organizationId, long patientId) {
        return patients.patient(organizationId, patientId).map(p -> new PlacedPatientView(p.id(), p.firstName(),
                p.lastName(), p.dob(), p.mrn())).orElse(null);
    }
}
