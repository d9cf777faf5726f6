package org.caregate.billing.api.claims;

/** A diagnosis line of a claim: the ICD-10-CM code and its description, at its position (from 1). */
public record IcdCodeView(int position, String code, String description) {
}
