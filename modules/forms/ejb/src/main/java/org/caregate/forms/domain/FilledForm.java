package org.caregate.forms.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A filled-out form on a patient's chart (Healthie's FormAnswerGroup): an intake the patient sent, or a chart note a
 * clinician wrote about a visit. It completes one template and keeps the template's name; it is a draft until
 * finished, and once locked — by a clinician locking or signing it — it never changes again.
 */
@Entity
@Table(name = "form_answer_group")
public class FilledForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "form_template_id", updatable = false)
    private Long templateId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private boolean charting;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "filler_id", nullable = false, updatable = false)
    private long fillerId;

    @Column(name = "appointment_id", updatable = false)
    private Long appointmentId;

    @Column(name = "appointment_role", updatable = false)
    private String appointmentRole;

    @Column(nullable = false)
    private boolean finished;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "locked_by")
    private Long lockedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by")
    private Long signedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_answer_group_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<Answer> answers = new ArrayList<>();

    protected FilledForm() {
    }

    /**
     * A form of {@code template} filled by {@code fillerId} on {@code userId}'s chart, attached to an appointment when
     * one is given (as its chart note for a charting template, else as its booking form).
     */
    public static FilledForm fill(FormTemplate template, long userId, long fillerId, Long appointmentId,
                                  Instant now) {
        FilledForm form = new FilledForm();
        form.organizationId = template.organizationId();
        form.templateId = template.id();
        form.name = template.name();
        form.charting = template.useForCharting();
        form.userId = userId;
        form.fillerId = fillerId;
        form.appointmentId = appointmentId;
        form.appointmentRole = appointmentId == null ? null : AppointmentRole.of(template).wireName();
        form.createdAt = now;
        form.updatedAt = now;
        return form;
    }

    /** Answers {@code question} with {@code given}, replacing an earlier answer to it. Not once locked. */
    public void answer(Question question, GivenAnswer given, Instant now) {
        requireOpen();
        Optional<Answer> earlier = answerTo(question.id());
        if (earlier.isPresent()) {
            earlier.get().change(given, now);
        } else {
            answers.add(new Answer(question, given, now));
            answers.sort(Comparator.comparingInt(Answer::position));
        }
        this.updatedAt = now;
    }

    /** Marks the form finished: it shows on the chart and in lists. A finished form stays finished. */
    public void finish(Instant now) {
        requireOpen();
        this.finished = true;
        this.updatedAt = now;
    }

    /**
     * Locks the finished form for good.
     *
     * @return false, changing nothing, when it was locked already
     */
    public boolean lock(long by, Instant now) {
        if (!finished) {
            throw new IllegalStateException("a draft cannot be locked");
        }
        if (locked()) {
            return false;
        }
        this.lockedAt = now;
        this.lockedBy = by;
        this.updatedAt = now;
        return true;
    }

    /** Signs the finished form as {@code by}, locking it if it was not. Signed once only. */
    public void sign(long by, Instant now) {
        if (signed()) {
            throw new IllegalStateException("signed already");
        }
        lock(by, now);
        this.signedAt = now;
        this.signedBy = by;
        this.updatedAt = now;
    }

    private void requireOpen() {
        if (locked()) {
            throw new IllegalStateException("a locked form does not change");
        }
    }

    public Optional<Answer> answerTo(long questionId) {
        return answers.stream().filter(a -> a.questionId() != null && a.questionId() == questionId).findFirst();
    }

    public boolean locked() {
        return lockedAt != null;
    }

    public boolean signed() {
        return signedAt != null;
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    /** The template it completes, or {@code null} once that template was deleted. */
    public Long templateId() {
        return templateId;
    }

    public String name() {
        return name;
    }

    public boolean charting() {
        return charting;
    }

    public long userId() {
        return userId;
    }

    public long fillerId() {
        return fillerId;
    }

    public Long appointmentId() {
        return appointmentId;
    }

    public Optional<AppointmentRole> appointmentRole() {
        return Optional.ofNullable(appointmentRole).map(AppointmentRole::named);
    }

    public boolean finished() {
        return finished;
    }

    public Instant lockedAt() {
        return lockedAt;
    }

    public Long lockedBy() {
        return lockedBy;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public Long signedBy() {
        return signedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Answer> answers() {
        return Collections.unmodifiableList(answers);
    }
}
