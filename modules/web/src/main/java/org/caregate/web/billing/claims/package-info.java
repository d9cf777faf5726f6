/**
 * Healthie's insurance and claims operations (seed 001 "Insurance"/"Policies", "Superbills", "CMS1500s"): insurance
 * plans and accepted plans, superbills and CMS 1500s, over the billing context's claims API.
 */
package org.caregate.web.billing.claims;
