package org.caregate.visits.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caregate.visits.domain.Attendance;
import org.caregate.visits.domain.PartnerVideoRoom;
import org.caregate.visits.domain.Teleconsultation;
import org.caregate.visits.domain.VideoVisit;
import org.caregate.visits.domain.VideoVisitRepository;
import org.caregate.visits.domain.VisitLink;

/** Video visits, links, stays and partner rooms in PostgreSQL. */
@Dependent
public class JpaVideoVisitRepository implements VideoVisitRepository {

    @PersistenceContext(unitName = "scheduling")
    EntityManager em;

    @Override
    public void add(VideoVisit visit) {
        em.persist(visit);
    }

    @Override
    public Optional<VideoVisit> ofAppointment(long appointmentId) {
        return Optional.ofNullable(em.find(VideoVisit.class, appointmentId));
    }

    @Override
    public void addLink(VisitLink link) {
        em.persist(link);
    }

    @Override
    public Optional<VisitLink> link(String token) {
        return Optional.ofNullable(em.find(VisitLink.class, token));
    }

    @Override
    public List<VisitLink> links(long appointmentId) {
        return em.createQuery("SELECT l FROM VisitLink l WHERE l.appointmentId = :a ORDER BY l.role, l.token", VisitLink.class)
                .setParameter("a", appointmentId).getResultList();
    }

    @Override
    public void addAttendance(Attendance attendance) {
        em.persist(attendance);
    }

    @Override
    public Optional<Attendance> attendance(long id) {
        return Optional.ofNullable(em.find(Attendance.class, id));
    }

    @Override
    public List<Attendance> attendances(List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Attendance a WHERE a.token IN :t ORDER BY a.joinedAt", Attendance.class)
                .setParameter("t", tokens).getResultList();
    }

    @Override
    public void addPartnerRoom(PartnerVideoRoom room) {
        em.persist(room);
    }

    @Override
    public Optional<PartnerVideoRoom> partnerRoom(long organizationId, UUID uid) {
        return Optional.ofNullable(em.find(PartnerVideoRoom.class, uid)).filter(r -> r.organizationId() == organizationId);
    }

    @Override
    public void removeVisit(long appointmentId) {
        em.createQuery("DELETE FROM VisitLink l WHERE l.appointmentId = :a").setParameter("a", appointmentId).executeUpdate();
        em.createQuery("DELETE FROM VideoVisit v WHERE v.appointmentId = :a").setParameter("a", appointmentId).executeUpdate();
    }

    @Override
    public void addTeleconsultation(Teleconsultation teleconsultation) {
        em.persist(teleconsultation);
    }

    @Override
    public Optional<Teleconsultation> teleconsultation(long organizationId, UUID id) {
        return teleconsultation(id).filter(t -> t.organizationId() == organizationId);
    }

    @Override
    public Optional<Teleconsultation> teleconsultation(UUID id) {
        return Optional.ofNullable(em.find(Teleconsultation.class, id));
    }

    @Override
    public java.util.Map<Long, String> linkingSecrets() {
        java.util.Map<Long, String> secrets = new java.util.LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT organization_id, secret FROM scheduling.context_linking_secret"
                + " ORDER BY organization_id").getResultList()) {
            Object[] columns = (Object[]) row;
            secrets.put(((Number) columns[0]).longValue(), (String) columns[1]);
        }
        return secrets;
    }

    @Override
    public void saveLinkingSecret(long organizationId, String secret) {
        em.createNativeQuery("INSERT INTO scheduling.context_linking_secret (organization_id, secret) VALUES (?1, ?2)"
                        + " ON CONFLICT (organization_id) DO UPDATE SET secret = EXCLUDED.secret, updated_at = now()")
                .setParameter(1, organizationId).setParameter(2, secret).executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
