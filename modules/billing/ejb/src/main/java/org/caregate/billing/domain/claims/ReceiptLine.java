package org.caregate.billing.domain.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment listed on a superbill's receipt. */
@Embeddable
public class ReceiptLine {

    private String description;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    protected ReceiptLine() {
    }

    public ReceiptLine(String description, BigDecimal amount, LocalDate paidOn) {
        this.description = description;
        this.amount = amount;
        this.paidOn = paidOn;
    }

    public String description() {
        return description;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }
}
