/** Insurance plans, ICD-10-CM codes, superbills and CMS 1500s in PostgreSQL (schema {@code billing}). */
package org.caregate.billing.infrastructure.claims;
