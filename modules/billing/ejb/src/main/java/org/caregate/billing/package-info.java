/**
 * The billing context (issue 15, seed 001's payment, package, invoice, insurance, superbill and CMS 1500 sections):
 * what a patient is charged, what was paid and refunded, and the claims an organization files for its visits.
 */
package org.caregate.billing;
