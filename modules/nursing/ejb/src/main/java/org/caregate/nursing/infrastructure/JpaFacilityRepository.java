package org.caregate.nursing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.nursing.domain.CareLocation;
import org.caregate.nursing.domain.FacilityLocation;
import org.caregate.nursing.domain.FacilityRepository;
import org.caregate.nursing.domain.LocationKind;
import org.caregate.platform.persistence.Constraints;

/** Buildings, departments and care locations in PostgreSQL. */
@Dependent
public class JpaFacilityRepository implements FacilityRepository {

    private static final Map<String, Supplier<? extends RuntimeException>> REFUSALS = Map.of(
            "facility_location_name", () -> new InvalidInputException("name", "has already been taken"),
            "care_location_address", () -> new InvalidInputException("room",
                    "has already been taken in this building or department"),
            "care_location_device", () -> new InvalidInputException("device_serial_number",
                    "has already been taken"),
            "care_location_patient", () -> new InvalidInputException("mrn",
                    "is already placed at another care location"));

    @PersistenceContext(unitName = "nursing")
    EntityManager em;

    @Override
    public void add(FacilityLocation location) {
        Constraints.guard(() -> {
            em.persist(location);
            em.flush();
        }, REFUSALS);
    }

    @Override
    public Optional<FacilityLocation> location(long organizationId, long id) {
        return Optional.ofNullable(em.find(FacilityLocation.class, id)).filter(l -> l.organizationId() == organizationId);
    }

    @Override
    public List<FacilityLocation> locations(long organizationId) {
        return em.createQuery("SELECT l FROM FacilityLocation l WHERE l.organizationId = :org "
                        + "ORDER BY lower(l.name), l.id", FacilityLocation.class)
                .setParameter("org", organizationId).getResultList();
    }

    @Override
    public void save(CareLocation location) {
        Constraints.guard(() -> {
            if (location.id() == null) {
                em.persist(location);
            }
            em.flush();
        }, REFUSALS);
    }

    @Override
    public Optional<CareLocation> careLocation(long organizationId, long id) {
        return Optional.ofNullable(em.find(CareLocation.class, id)).filter(c -> c.organizationId() == organizationId);
    }

    @Override
    public Optional<CareLocation> lockCareLocation(long organizationId, long id) {
        return em.createQuery("SELECT c FROM CareLocation c WHERE c.id = :id AND c.organizationId = :org",
                        CareLocation.class).setParameter("id", id).setParameter("org", organizationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<CareLocation> careLocations(long organizationId, Long facilityLocationId) {
        String jpql = "SELECT c FROM CareLocation c WHERE c.organizationId = :org"
                + (facilityLocationId == null ? "" : " AND c.facilityLocationId = :location")
                + " ORDER BY lower(c.name), c.id";
        TypedQuery<CareLocation> query = em.createQuery(jpql, CareLocation.class).setParameter("org", organizationId);
        if (facilityLocationId != null) {
            query.setParameter("location", facilityLocationId);
        }
        return query.getResultList();
    }

    @Override
    public Optional<CareLocation> byDevice(long organizationId, String serialNumber) {
        return em.createQuery("SELECT c FROM CareLocation c WHERE c.organizationId = :org "
                        + "AND c.deviceSerialNumber = :serial", CareLocation.class)
                .setParameter("org", organizationId).setParameter("serial", serialNumber)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CareLocation> byPatient(long organizationId, long patientId) {
        return em.createQuery("SELECT c FROM CareLocation c WHERE c.organizationId = :org AND c.patientId = :patient",
                        CareLocation.class)
                .setParameter("org", organizationId).setParameter("patient", patientId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CareLocation> byAddress(long organizationId, LocationKind kind, String locationName, String floor,
                                            String room, String bed) {
        return em.createQuery("SELECT c FROM CareLocation c, FacilityLocation l WHERE l.id = c.facilityLocationId "
                        + "AND l.organizationId = :org AND l.kind = :kind AND lower(l.name) = lower(:location) "
                        + "AND lower(coalesce(c.floor, '')) = lower(:floor) AND lower(c.room) = lower(:room) "
                        + "AND lower(coalesce(c.bed, '')) = lower(:bed)", CareLocation.class)
                .setParameter("org", organizationId).setParameter("kind", kind.wire())
                .setParameter("location", locationName).setParameter("floor", floor == null ? "" : floor)
                .setParameter("room", room).setParameter("bed", bed == null ? "" : bed)
                .getResultStream().findFirst();
    }
}
