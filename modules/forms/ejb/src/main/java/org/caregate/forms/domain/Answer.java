package org.caregate.forms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One answer of a filled form (Healthie's FormAnswer): the question it answers, asked as it was (kind and label kept
 * should the question change or go), what was answered and how it reads.
 */
@Entity
@Table(name = "form_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", updatable = false)
    private Long questionId;

    @Column(name = "mod_type", nullable = false, updatable = false)
    private String modType;

    @Column(nullable = false, updatable = false)
    private String label;

    @Column(nullable = false)
    private String answer;

    @Column(name = "displayed_answer", nullable = false)
    private String displayedAnswer;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Answer() {
    }

    /** The answer to {@code question}, already checked against it. */
    Answer(Question question, GivenAnswer given, Instant now) {
        this.questionId = question.id();
        this.modType = question.modType().wireName();
        this.label = question.label();
        this.position = question.position();
        change(given, now);
    }

    void change(GivenAnswer given, Instant now) {
        this.answer = given.answer();
        this.displayedAnswer = given.displayed();
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    /** The question answered, or {@code null} once it was deleted from its template. */
    public Long questionId() {
        return questionId;
    }

    public String modType() {
        return modType;
    }

    public String label() {
        return label;
    }

    public String answer() {
        return answer;
    }

    public String displayedAnswer() {
        return displayedAnswer;
    }

    public int position() {
        return position;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
