package org.caregate.forms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A patient's record of an onboarding item (Healthie's CompletedOnboardingItem): completed, or skipped. It keeps
 * what the item asked for, so it still tells what the patient did once the item is gone or the patient has moved to
 * another flow (it is then "unassociated"). One per patient and item; a skipped item may still be completed later.
 */
@Entity
@Table(name = "completed_onboarding_item")
public class CompletedOnboardingItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "onboarding_item_id", updatable = false)
    private Long onboardingItemId;

    @Column(name = "item_type", nullable = false, updatable = false)
    private String itemType;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(nullable = false)
    private boolean skipped;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CompletedOnboardingItem() {
    }

    static CompletedOnboardingItem of(OnboardingItem item, long userId, boolean skipped, Instant now) {
        CompletedOnboardingItem done = new CompletedOnboardingItem();
        done.organizationId = item.organizationId();
        done.userId = userId;
        done.onboardingItemId = item.id();
        done.itemType = item.type().wireName();
        done.itemId = item.formTemplateId();
        done.skipped = skipped;
        done.createdAt = now;
        done.updatedAt = now;
        return done;
    }

    /**
     * The patient comes back to an item they skipped and completes it.
     *
     * @return false, changing nothing, unless the item was skipped and is now completed: a completed item stays
     * completed, and skipping twice records nothing new
     */
    public boolean recordAgain(boolean skippedNow, Instant now) {
        if (!skipped || skippedNow) {
            return false;
        }
        this.skipped = false;
        this.updatedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long userId() {
        return userId;
    }

    /** The item recorded, or {@code null} once it has been deleted. */
    public Long onboardingItemId() {
        return onboardingItemId;
    }

    public String itemType() {
        return itemType;
    }

    public Long itemId() {
        return itemId;
    }

    public boolean skipped() {
        return skipped;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
