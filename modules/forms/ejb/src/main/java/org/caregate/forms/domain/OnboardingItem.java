package org.caregate.forms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of an onboarding flow (Healthie's OnboardingItem): a form template the patient fills in, at its place in
 * the flow (its row order), which the patient may or may not skip.
 */
@Entity
@Table(name = "onboarding_item")
public class OnboardingItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "onboarding_flow_id", nullable = false)
    private long flowId;

    @Column(name = "item_type", nullable = false)
    private String type;

    @Column(name = "form_template_id", nullable = false)
    private long formTemplateId;

    @Column(nullable = false)
    private boolean skippable;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OnboardingItem() {
    }

    /** A new item of the flow asking for the form template, at {@code position}. */
    public static OnboardingItem create(OnboardingFlow flow, ItemType type, long formTemplateId, boolean skippable,
                                        int position, Instant now) {
        OnboardingItem item = new OnboardingItem();
        item.organizationId = flow.organizationId();
        item.flowId = flow.id();
        item.type = type.wireName();
        item.formTemplateId = formTemplateId;
        item.skippable = skippable;
        item.position = position;
        item.createdAt = now;
        return item;
    }

    /** Asks for another form template instead. */
    public void askFor(ItemType newType, long newFormTemplateId) {
        this.type = newType.wireName();
        this.formTemplateId = newFormTemplateId;
    }

    public void makeSkippable(boolean mayBeSkipped) {
        this.skippable = mayBeSkipped;
    }

    /** Moves the item into another flow of the organization (its place there is set with {@link #placeAt}). */
    public void moveTo(OnboardingFlow flow) {
        this.flowId = flow.id();
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /** What a patient completing this item (or skipping it, which only a skippable item allows) leaves behind. */
    public CompletedOnboardingItem completedBy(long userId, boolean skipped, Instant now) {
        if (skipped && !skippable) {
            throw new IllegalStateException("Onboarding item " + id + " may not be skipped");
        }
        return CompletedOnboardingItem.of(this, userId, skipped, now);
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long flowId() {
        return flowId;
    }

    public ItemType type() {
        return ItemType.named(type).orElseThrow();
    }

    public long formTemplateId() {
        return formTemplateId;
    }

    public boolean skippable() {
        return skippable;
    }

    public int position() {
        return position;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
