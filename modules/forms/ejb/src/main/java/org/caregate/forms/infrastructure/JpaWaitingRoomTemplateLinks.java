package org.caregate.forms.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caregate.forms.domain.WaitingRoomTemplateLinks;
import org.caregate.platform.persistence.Constraints;

/** Links in {@code forms.waiting_room_template}, tags in {@code forms.question.answer_tag}. */
@Dependent
public class JpaWaitingRoomTemplateLinks implements WaitingRoomTemplateLinks {

    @PersistenceContext(unitName = "forms")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Link> links(long organizationId, UUID room) {
        List<Object[]> rows = em.createNativeQuery("SELECT l.form_template_id, t.name, l.reason, l.position "
                        + "FROM forms.waiting_room_template l JOIN forms.form_template t ON t.id = l.form_template_id "
                        + "WHERE l.organization_id = :org AND l.waiting_room_id = :room ORDER BY l.position")
                .setParameter("org", organizationId).setParameter("room", room).getResultList();
        return rows.stream().map(row -> new Link(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                ((Number) row[3]).intValue())).toList();
    }

    @Override
    public void replaceLinks(long organizationId, UUID room, List<Link> links) {
        em.createNativeQuery("DELETE FROM forms.waiting_room_template WHERE organization_id = :org AND waiting_room_id = :room")
                .setParameter("org", organizationId).setParameter("room", room).executeUpdate();
        for (Link link : links) {
            em.createNativeQuery("INSERT INTO forms.waiting_room_template (organization_id, waiting_room_id, "
                            + "form_template_id, reason, position) VALUES (:org, :room, :template, NULLIF(:reason, ''), :position)")
                    .setParameter("org", organizationId).setParameter("room", room)
                    .setParameter("template", link.templateId()).setParameter("reason", link.reason() == null ? "" : link.reason())
                    .setParameter("position", link.position()).executeUpdate();
        }
    }

    @Override
    public Optional<String> liveTemplate(long organizationId, long templateId) {
        return em.createNativeQuery("SELECT name FROM forms.form_template WHERE organization_id = :org AND id = :id "
                        + "AND NOT archived").setParameter("org", organizationId).setParameter("id", templateId)
                .getResultStream().findFirst().map(String.class::cast);
    }

    @Override
    public Optional<Long> templateOfQuestion(long organizationId, long questionId) {
        return em.createNativeQuery("SELECT q.form_template_id FROM forms.question q JOIN forms.form_template t "
                        + "ON t.id = q.form_template_id WHERE t.organization_id = :org AND q.id = :id")
                .setParameter("org", organizationId).setParameter("id", questionId)
                .getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Override
    public void tag(long questionId, String tag, RuntimeException refusal) {
        Constraints.guard(() -> em.createNativeQuery("UPDATE forms.question SET answer_tag = NULLIF(:tag, '') WHERE id = :id")
                .setParameter("tag", tag == null ? "" : tag).setParameter("id", questionId).executeUpdate(),
                Map.of("question_answer_tag", () -> refusal));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Tagged> tagged(long organizationId, long templateId) {
        List<Object[]> rows = em.createNativeQuery("SELECT q.id, q.form_template_id, q.answer_tag FROM forms.question q "
                        + "JOIN forms.form_template t ON t.id = q.form_template_id WHERE t.organization_id = :org "
                        + "AND q.form_template_id = :template AND q.answer_tag IS NOT NULL ORDER BY q.position")
                .setParameter("org", organizationId).setParameter("template", templateId).getResultList();
        return rows.stream().map(row -> new Tagged(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (String) row[2])).toList();
    }
}
