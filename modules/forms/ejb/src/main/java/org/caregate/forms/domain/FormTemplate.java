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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A form template (Healthie's CustomModuleForm): a named, ordered list of questions an organization asks patients
 * or its clinicians to fill in — an intake form, a chart note. It may be archived (hidden from the list) and is
 * marked for charting or for programs.
 */
@Entity
@Table(name = "form_template")
public class FormTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The id Solo's visit notes name it by. */
    @Column(nullable = false, updatable = false)
    private UUID uuid = UUID.randomUUID();

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "owner_user_id", nullable = false)
    private long ownerUserId;

    @Column(nullable = false)
    private String name;

    @Column(name = "use_for_charting", nullable = false)
    private boolean useForCharting;

    @Column(name = "use_for_program", nullable = false)
    private boolean useForProgram;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "form_template_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected FormTemplate() {
    }

    /** A new, empty template of the organization, owned by the member who creates it. */
    public static FormTemplate create(long organizationId, long ownerUserId, String name, Instant now) {
        FormTemplate template = new FormTemplate();
        template.organizationId = organizationId;
        template.ownerUserId = ownerUserId;
        template.name = name;
        template.createdAt = now;
        template.updatedAt = now;
        return template;
    }

    /** An independent copy for {@code owner}: same name, uses and questions; active, whatever this one is. */
    public FormTemplate copyFor(long owner, Instant now) {
        FormTemplate copy = create(organizationId, owner, name, now);
        copy.useForCharting = useForCharting;
        copy.useForProgram = useForProgram;
        questions.forEach(question -> copy.questions.add(question.copy()));
        return copy;
    }

    public void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    public void useFor(boolean charting, boolean program, Instant now) {
        this.useForCharting = charting;
        this.useForProgram = program;
        this.updatedAt = now;
    }

    /** Archives the template (hidden from the list, still readable by id) or brings it back. */
    public void archive(boolean archive, Instant now) {
        this.archived = archive;
        this.updatedAt = now;
    }

    /** Adds a question after the others. */
    public Question ask(QuestionDefinition definition, Instant now) {
        Question question = new Question(definition, questions.size());
        questions.add(question);
        this.updatedAt = now;
        return question;
    }

    public void redefine(Question question, QuestionDefinition definition, Instant now) {
        question.define(definition);
        this.updatedAt = now;
    }

    /** Removes a question; those after it move up. */
    public void remove(Question question, Instant now) {
        questions.remove(question);
        renumber();
        this.updatedAt = now;
    }

    /**
     * Puts the questions in the order of {@code ids}.
     *
     * @return false, changing nothing, unless {@code ids} names every question of the template exactly once
     */
    public boolean reorder(List<Long> ids, Instant now) {
        if (ids.size() != questions.size() || ids.stream().distinct().count() != ids.size()
                || !ids.stream().allMatch(id -> question(id).isPresent())) {
            return false;
        }
        List<Question> ordered = ids.stream().map(id -> question(id).orElseThrow()).toList();
        questions.clear();
        questions.addAll(ordered);
        renumber();
        this.updatedAt = now;
        return true;
    }

    private void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).placeAt(i);
        }
    }

    public Optional<Question> question(long questionId) {
        return questions.stream().filter(q -> q.id() != null && q.id() == questionId).findFirst();
    }

    /** Some question is a matrix. */
    public boolean hasMatrixField() {
        return questions.stream().anyMatch(q -> q.modType() == ModType.MATRIX);
    }

    /** Some question takes an answer. */
    public boolean hasNonReadonlyModules() {
        return questions.stream().anyMatch(q -> !q.modType().readOnly());
    }

    public Long id() {
        return id;
    }

    public UUID uuid() {
        return uuid;
    }

    public long organizationId() {
        return organizationId;
    }

    public long ownerUserId() {
        return ownerUserId;
    }

    public String name() {
        return name;
    }

    public boolean useForCharting() {
        return useForCharting;
    }

    public boolean useForProgram() {
        return useForProgram;
    }

    public boolean archived() {
        return archived;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Question> questions() {
        return Collections.unmodifiableList(questions);
    }
}
