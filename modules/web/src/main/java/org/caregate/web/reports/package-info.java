/**
 * Solo's reports (seed 004 "Reports") over REST — the CSV data dump and encounter reports — and report presets over
 * GraphQL (a Caregate addition), adapting the reports context's facade.
 */
package org.caregate.web.reports;
