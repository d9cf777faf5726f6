/** Billing's repositories in PostgreSQL (schema {@code billing}). */
package org.caregate.billing.infrastructure;
