package org.caregate.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A patient's card on file (Healthie's {@code StripeCustomerDetail}): the gateway's customer and payment method, and
 * what the gateway tells of the card — brand, last four digits, expiry. Never a card number.
 */
@Entity
@Table(name = "stripe_customer_details")
public class StripeCustomerDetail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "gateway_customer_id", nullable = false, updatable = false)
    private String gatewayCustomerId;

    @Column(name = "gateway_payment_method_id", nullable = false, updatable = false)
    private String gatewayPaymentMethodId;

    @Column(name = "card_type_label", nullable = false)
    private String cardTypeLabel;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    private String brand;

    @Column(name = "last_four")
    private String lastFour;

    @Column(name = "exp_month")
    private Integer expMonth;

    @Column(name = "exp_year")
    private Integer expYear;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StripeCustomerDetail() {
    }

    public StripeCustomerDetail(long organizationId, long patientId, PaymentGateway.SavedCard card, CardLabel label,
                                boolean isDefault, Instant now) {
        this.organizationId = organizationId;
        this.patientId = patientId;
        this.gatewayCustomerId = card.customerId();
        this.gatewayPaymentMethodId = card.paymentMethodId();
        this.cardTypeLabel = label.wire();
        this.isDefault = isDefault;
        this.brand = card.brand();
        this.lastFour = card.lastFour();
        this.expMonth = card.expMonth();
        this.expYear = card.expYear();
        this.createdAt = now;
    }

    /** Another card became the patient's default. */
    public void noLongerDefault() {
        isDefault = false;
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long patientId() {
        return patientId;
    }

    public String gatewayCustomerId() {
        return gatewayCustomerId;
    }

    public String gatewayPaymentMethodId() {
        return gatewayPaymentMethodId;
    }

    public String cardTypeLabel() {
        return cardTypeLabel;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public String brand() {
        return brand;
    }

    public String lastFour() {
        return lastFour;
    }

    public Integer expMonth() {
        return expMonth;
    }

    public Integer expYear() {
        return expYear;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
