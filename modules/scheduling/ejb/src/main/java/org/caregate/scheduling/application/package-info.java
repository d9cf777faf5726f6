/**
 * Scheduling's use cases as transaction boundaries: who may do what, input checks, the schedule lock that
 * keeps bookings from interleaving, and the audit records.
 */
package org.caregate.scheduling.application;
