package org.caregate.nursing.application;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.caregate.identity.api.ChartedPatient;
import org.caregate.identity.api.PatientCharts;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.nursing.domain.AssistanceRequest;
import org.caregate.nursing.domain.AssistanceRequestRepository;
import org.caregate.nursing.domain.CareLocation;
import org.caregate.nursing.domain.FacilityLocation;
import org.caregate.nursing.domain.FacilityRepository;
import org.caregate.nursing.domain.LocationKind;
import org.caregate.visits.api.ImmediateVideoVisits;

/** Both nursing facades over in-memory repositories and patients, with what they audited and raised. */
final class InMemoryNursing {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final long ORG = 1;
    static final long OTHER_ORG = 2;

    final Map<Long, FacilityLocation> locations = new TreeMap<>();
    final Map<Long, CareLocation> careLocations = new TreeMap<>();
    final Map<Long, AssistanceRequest> requests = new TreeMap<>();
    final Map<Long, ChartedPatient> patients = new TreeMap<>();
    final Map<Long, Long> patientOrganization = new TreeMap<>();
    final List<String> audit = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    /** Video visits opened (organization, host) by id, and the ids of those ended. */
    final Map<Long, long[]> videoVisits = new TreeMap<>();
    final List<Long> endedVisits = new ArrayList<>();
    final NursingFacilityFacadeBean facility = new NursingFacilityFacadeBean();
    final AssistanceRequestFacadeBean queue = new AssistanceRequestFacadeBean();
    private long nextId = 1;

    InMemoryNursing() {
        Facility facilityRepository = new Facility();
        Charts charts = new Charts();
        NursingViews views = new NursingViews();
        views.facility = facilityRepository;
        views.patients = charts;
        Visits visits = new Visits();
        views.videoVisits = visits;
        queue.videoVisits = visits;
        facility.facility = facilityRepository;
        facility.views = views;
        facility.patients = charts;
        facility.audit = (caller, action, type, target) -> audit.add(action + " " + target);
        facility.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        queue.facility = facilityRepository;
        queue.requests = new Requests();
        queue.views = views;
        queue.patients = charts;
        queue.events = (caller, event) -> events.add(event.type().name() + " " + event.resourceId());
        queue.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    void patient(long id, long organization, String mrn) {
        patients.put(id, new ChartedPatient(id, "First" + id, "Last" + id, LocalDate.of(1990, 5, 1), mrn));
        patientOrganization.put(id, organization);
    }

    static Caller member(long user, long organization) {
        return new Caller(user, organization, Role.PROVIDER, Privileges.NONE, "test", "127.0.0.1");
    }

    static Caller admin(long user, long organization) {
        return new Caller(user, organization, Role.PROVIDER, new Privileges(false, true, false, false, false, false),
                "test", "127.0.0.1");
    }

    static Caller patientCaller(long user, long organization) {
        return new Caller(user, organization, Role.PATIENT, Privileges.NONE, "test", "127.0.0.1");
    }

    private void assignId(Object entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            if (id.get(entity) == null) {
                id.set(entity, nextId++);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? "" : a.toLowerCase(), b == null ? "" : b.toLowerCase());
    }

    final class Facility implements FacilityRepository {

        @Override
        public void add(FacilityLocation location) {
            if (locations.values().stream().anyMatch(l -> l.organizationId() == location.organizationId()
                    && l.kind() == location.kind() && same(l.name(), location.name()))) {
                throw new InvalidInputException("name", "has already been taken");
            }
            assignId(location);
            locations.put(location.id(), location);
        }

        @Override
        public Optional<FacilityLocation> location(long organizationId, long id) {
            return Optional.ofNullable(locations.get(id)).filter(l -> l.organizationId() == organizationId);
        }

        @Override
        public List<FacilityLocation> locations(long organizationId) {
            return locations.values().stream().filter(l -> l.organizationId() == organizationId)
                    .sorted(Comparator.comparing(FacilityLocation::name)).toList();
        }

        @Override
        public void save(CareLocation location) {
            for (CareLocation other : careLocations.values()) {
                if (other == location) {
                    continue;
                }
                if (other.facilityLocationId() == location.facilityLocationId() && same(other.floor(), location.floor())
                        && same(other.room(), location.room()) && same(other.bed(), location.bed())) {
                    throw new InvalidInputException("room", "has already been taken in this building or department");
                }
                if (location.hasDevice() && other.organizationId() == location.organizationId()
                        && location.deviceSerialNumber().equals(other.deviceSerialNumber())) {
                    throw new InvalidInputException("device_serial_number", "has already been taken");
                }
                if (location.patientId().isPresent() && location.patientId().equals(other.patientId())) {
                    throw new InvalidInputException("mrn", "is already placed at another care location");
                }
            }
            assignId(location);
            careLocations.put(location.id(), location);
        }

        @Override
        public Optional<CareLocation> careLocation(long organizationId, long id) {
            return Optional.ofNullable(careLocations.get(id)).filter(c -> c.organizationId() == organizationId);
        }

        @Override
        public Optional<CareLocation> lockCareLocation(long organizationId, long id) {
            return careLocation(organizationId, id);
        }

        @Override
        public List<CareLocation> careLocations(long organizationId, Long facilityLocationId) {
            return careLocations.values().stream().filter(c -> c.organizationId() == organizationId
                    && (facilityLocationId == null || c.facilityLocationId() == facilityLocationId)).toList();
        }

        @Override
        public Optional<CareLocation> byDevice(long organizationId, String serialNumber) {
            return careLocations.values().stream().filter(c -> c.organizationId() == organizationId
                    && serialNumber.equals(c.deviceSerialNumber())).findFirst();
        }

        @Override
        public Optional<CareLocation> byPatient(long organizationId, long patientId) {
            return careLocations.values().stream().filter(c -> c.organizationId() == organizationId
                    && c.patientId().equals(Optional.of(patientId))).findFirst();
        }

        @Override
        public Optional<CareLocation> byAddress(long organizationId, LocationKind kind, String locationName,
                                                String floor, String room, String bed) {
            return careLocations.values().stream().filter(c -> {
                FacilityLocation parent = locations.get(c.facilityLocationId());
                return c.organizationId() == organizationId && parent.kind() == kind
                        && same(parent.name(), locationName) && same(c.floor(), floor) && same(c.room(), room)
                        && same(c.bed(), bed);
            }).findFirst();
        }
    }

    final class Requests implements AssistanceRequestRepository {

        @Override
        public void add(AssistanceRequest request) {
            if (current(request.organizationId(), request.careLocationId()).isPresent()) {
                throw new InvalidInputException("care_location", "already has an open assistance request");
            }
            assignId(request);
            requests.put(request.id(), request);
        }

        @Override
        public Optional<AssistanceRequest> current(long organizationId, long careLocationId) {
            return requests.values().stream().filter(r -> r.organizationId() == organizationId
                    && r.careLocationId() == careLocationId && r.status().isOpen()).findFirst();
        }

        @Override
        public Optional<AssistanceRequest> find(long organizationId, long id) {
            return Optional.ofNullable(requests.get(id)).filter(r -> r.organizationId() == organizationId);
        }

        @Override
        public Optional<AssistanceRequest> lock(long organizationId, long id) {
            return find(organizationId, id);
        }

        @Override
        public List<AssistanceRequest> open(long organizationId, Long facilityLocationId) {
            return requests.values().stream().filter(r -> r.organizationId() == organizationId && r.status().isOpen()
                    && (facilityLocationId == null
                    || careLocations.get(r.careLocationId()).facilityLocationId() == facilityLocationId))
                    .sorted(Comparator.comparing(AssistanceRequest::createdAt)).limit(QUEUE_LIMIT).toList();
        }
    }

    final class Charts implements PatientCharts {

        @Override
        public Optional<ChartedPatient> byMrn(long organizationId, String mrn) {
            return patients.values().stream().filter(p -> patientOrganization.get(p.id()) == organizationId
                    && mrn.equals(p.mrn())).findFirst();
        }

        @Override
        public Optional<ChartedPatient> patient(long organizationId, long patientId) {
            return Optional.ofNullable(patients.get(patientId))
                    .filter(p -> patientOrganization.get(p.id()) == organizationId);
        }
    }

    /** The visits context's immediate video visits, numbered from 900. */
    private final class Visits implements ImmediateVideoVisits {

        @Override
        public ImmediateVisit open(long organizationId, long hostUserId) {
            long id = 900 + videoVisits.size();
            videoVisits.put(id, new long[] {organizationId, hostUserId});
            return visit(organizationId, id).orElseThrow();
        }

        @Override
        public Optional<ImmediateVisit> visit(long organizationId, long visitId) {
            long[] visit = videoVisits.get(visitId);
            return visit == null || visit[0] != organizationId ? Optional.empty()
                    : Optional.of(new ImmediateVisit(visitId, "https://care.test/visit/host" + visitId,
                    "https://care.test/visit/guest" + visitId));
        }

        @Override
        public void end(long organizationId, long visitId) {
            if (visit(organizationId, visitId).isPresent()) {
                endedVisits.add(visitId);
            }
        }
    }
}
