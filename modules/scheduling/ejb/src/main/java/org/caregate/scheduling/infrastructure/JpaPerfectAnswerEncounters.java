package org.caregate.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caregate.platform.persistence.AdvisoryLocks;
import org.caregate.platform.persistence.Constraints;
import org.caregate.scheduling.domain.PerfectAnswerEncounters;

/**
 * Rooms' locations in {@code scheduling.waiting_room}, encounters in {@code scheduling.perfect_answer_encounter}; the
 * patient lock is a transaction-scoped advisory lock (the 24-hour rule is about rows that do not exist yet).
 */
@Dependent
public class JpaPerfectAnswerEncounters implements PerfectAnswerEncounters {

    /** The advisory-lock space of perfect answers per patient (the first key of {@code pg_advisory_xact_lock}): "PANS". */
    private static final int PERFECT_ANSWERS = 0x50_41_4e_53;

    @PersistenceContext(unitName = "scheduling")
    EntityManager em;

    @Override
    public Optional<UUID> roomAt(long organizationId, UUID geolocationId) {
        return em.createNativeQuery("SELECT id FROM scheduling.waiting_room WHERE organization_id = :org "
                        + "AND geolocation_id = :geo").setParameter("org", organizationId)
                .setParameter("geo", geolocationId).getResultStream().findFirst().map(UUID.class::cast);
    }

    @Override
    public String[] locationOf(long organizationId, UUID roomId) {
        List<?> rows = em.createNativeQuery("SELECT CAST(geolocation_id AS text), location_name FROM scheduling.waiting_room "
                        + "WHERE organization_id = :org AND id = :id").setParameter("org", organizationId)
                .setParameter("id", roomId).getResultList();
        if (rows.isEmpty()) {
            return new String[] {null, null};
        }
        Object[] row = (Object[]) rows.get(0);
        return new String[] {(String) row[0], (String) row[1]};
    }

    @Override
    public void locate(long organizationId, UUID roomId, UUID geolocationId, String locationName,
                       RuntimeException refusal) {
        Constraints.guard(() -> em.createNativeQuery("UPDATE scheduling.waiting_room SET geolocation_id = CAST(NULLIF(:geo, '') AS uuid), "
                        + "location_name = NULLIF(:name, ''), updated_at = now() WHERE organization_id = :org AND id = :id")
                .setParameter("geo", geolocationId == null ? "" : geolocationId.toString())
                .setParameter("name", locationName == null ? "" : locationName)
                .setParameter("org", organizationId).setParameter("id", roomId).executeUpdate(),
                Map.of("waiting_room_geolocation", () -> refusal));
    }

    @Override
    public void lockPatient(long organizationId, long patientId) {
        AdvisoryLocks.lockForTransaction(em, PERFECT_ANSWERS, organizationId + ":" + patientId);
    }

    @Override
    public boolean createdSince(long organizationId, long patientId, Instant since) {
        Number count = (Number) em.createNativeQuery("SELECT count(*) FROM scheduling.perfect_answer_encounter e "
                        + "JOIN scheduling.appointment a ON a.id = e.appointment_id WHERE e.organization_id = :org "
                        + "AND e.patient_id = :patient AND e.created_at > :since AND a.deleted_at IS NULL "
                        + "AND (a.pm_status IS NULL OR a.pm_status <> 'Cancelled')")
                .setParameter("org", organizationId).setParameter("patient", patientId)
                .setParameter("since", Timestamp.from(since)).getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public void record(UUID encounterId, long organizationId, long appointmentId, long patientId, Instant at) {
        em.createNativeQuery("INSERT INTO scheduling.perfect_answer_encounter (encounter_id, organization_id, "
                        + "appointment_id, patient_id, created_at) VALUES (:id, :org, :appointment, :patient, :at)")
                .setParameter("id", encounterId).setParameter("org", organizationId)
                .setParameter("appointment", appointmentId).setParameter("patient", patientId)
                .setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    @Override
    public Optional<Long> appointmentOf(long organizationId, UUID encounterId) {
        return em.createNativeQuery("SELECT appointment_id FROM scheduling.perfect_answer_encounter "
                        + "WHERE organization_id = :org AND encounter_id = :id").setParameter("org", organizationId)
                .setParameter("id", encounterId).getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }
}
