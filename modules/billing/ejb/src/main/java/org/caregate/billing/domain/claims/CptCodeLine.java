package org.caregate.billing.domain.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A procedure line: a CPT code (no AMA description is kept), an optional modifier, units and a fee per unit. */
@Embeddable
public class CptCodeLine {

    @Column(nullable = false)
    private String code;

    private String modifier;

    @Column(nullable = false)
    private int units;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal fee;

    protected CptCodeLine() {
    }

    public CptCodeLine(String code, String modifier, int units, BigDecimal fee) {
        this.code = code;
        this.modifier = modifier;
        this.units = units;
        this.fee = fee;
    }

    public String code() {
        return code;
    }

    public String modifier() {
        return modifier;
    }

    public int units() {
        return units;
    }

    public BigDecimal fee() {
        return fee;
    }
}
