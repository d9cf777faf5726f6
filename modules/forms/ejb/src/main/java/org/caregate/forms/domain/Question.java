package org.caregate.forms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A question of a form template (Healthie's CustomModule): what is asked, how it is answered, where it stands. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The id Solo's visit notes name it by. */
    @Column(nullable = false, updatable = false)
    private UUID uuid = UUID.randomUUID();

    @Column(name = "mod_type", nullable = false)
    private String modType;

    @Column(nullable = false)
    private String label;

    @Column
    private String options;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "hipaa_name")
    private String hipaaName;

    @Column(nullable = false)
    private int position;

    protected Question() {
    }

    Question(QuestionDefinition definition, int position) {
        define(definition);
        this.position = position;
    }

    /** Gives the question a new definition, already checked by the caller. */
    void define(QuestionDefinition definition) {
        this.modType = definition.modType().wireName();
        this.label = definition.label();
        this.options = definition.options();
        this.required = definition.required();
        this.hipaaName = definition.hipaaName();
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    Question copy() {
        return new Question(definition(), position);
    }

    public QuestionDefinition definition() {
        return new QuestionDefinition(modType(), label, options, required, hipaaName);
    }

    public Long id() {
        return id;
    }

    public UUID uuid() {
        return uuid;
    }

    public ModType modType() {
        return ModType.named(modType).orElseThrow();
    }

    public String label() {
        return label;
    }

    public String options() {
        return options;
    }

    public boolean required() {
        return required;
    }

    public String hipaaName() {
        return hipaaName;
    }

    public int position() {
        return position;
    }
}
