/** Invoices (Healthie's requested payments): what a patient or a payer without an account is asked to pay, and what of it is still owed. */
package org.caregate.billing.domain.invoices;
