package org.caregate.forms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One opening of a document: the user who downloaded it, and when. */
@Entity
@Table(name = "document_open")
public class DocumentOpen {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    protected DocumentOpen() {
    }

    DocumentOpen(long userId, Instant openedAt) {
        this.userId = userId;
        this.openedAt = openedAt;
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
