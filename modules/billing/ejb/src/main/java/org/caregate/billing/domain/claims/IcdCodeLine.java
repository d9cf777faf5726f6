package org.caregate.billing.domain.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A diagnosis line: an ICD-10-CM code of the shipped table. */
@Embeddable
public class IcdCodeLine {

    @Column(nullable = false)
    private String code;

    protected IcdCodeLine() {
    }

    public IcdCodeLine(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
