/** Invoices in PostgreSQL: their numbers, payers without an account, and balances summed from the payments table. */
package org.caregate.billing.infrastructure.invoices;
