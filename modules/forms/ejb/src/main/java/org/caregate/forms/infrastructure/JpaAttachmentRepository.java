package org.caregate.forms.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caregate.forms.domain.Attachment;
import org.caregate.forms.domain.AttachmentRepository;

/** Appointments' attachments in PostgreSQL (their content is {@link JdbcDocumentFiles}'). */
@Dependent
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext(unitName = "forms")
    EntityManager em;

    @Override
    public void add(Attachment attachment) {
        em.persist(attachment);
        em.flush();
    }

    @Override
    public Optional<Attachment> lock(long organizationId, long appointmentId, UUID id) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.id = :id AND a.organizationId = :org "
                        + "AND a.appointmentId = :appointment", Attachment.class)
                .setParameter("id", id).setParameter("org", organizationId).setParameter("appointment", appointmentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Attachment> ofAppointment(long organizationId, long appointmentId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.organizationId = :org "
                        + "AND a.appointmentId = :appointment ORDER BY a.uploadedAt, a.id", Attachment.class)
                .setParameter("org", organizationId).setParameter("appointment", appointmentId).getResultList();
    }
}
