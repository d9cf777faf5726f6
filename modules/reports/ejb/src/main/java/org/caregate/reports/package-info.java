/**
 * The reports context: the CSV of an organization's visits, encounter reports generated from it in the background
 * (a JMS queue) as password-locked zips, and the presets that choose their columns (ADR 24).
 */
package org.caregate.reports;
