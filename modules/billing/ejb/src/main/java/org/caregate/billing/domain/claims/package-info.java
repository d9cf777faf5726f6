/**
 * Insurance and claims: the plan catalogue and accepted plans, superbills and CMS 1500 claims with their code lines,
 * the code rules (ICD-10-CM, CPT) and the computed totals.
 */
package org.caregate.billing.domain.claims;
