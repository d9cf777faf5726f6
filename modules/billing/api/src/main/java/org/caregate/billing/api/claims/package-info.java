/**
 * Insurance and claims as other modules see them (seed 001 "Insurance"/"Policies", "Superbills", "CMS1500s"): the
 * catalogue of insurance plans and those an organization accepts, superbills and CMS 1500 claims with their ICD-10-CM
 * and CPT code lines, and the CMS 1500 events.
 */
package org.caregate.billing.api.claims;
