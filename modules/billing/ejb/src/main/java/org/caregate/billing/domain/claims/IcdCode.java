package org.caregate.billing.domain.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ICD-10-CM code of the shipped table, with its description (public domain, CMS/CDC); read only. */
@Entity
@Table(name = "icd10_code")
public class IcdCode {

    @Id
    private String code;

    @Column(nullable = false, updatable = false)
    private String description;

    protected IcdCode() {
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
