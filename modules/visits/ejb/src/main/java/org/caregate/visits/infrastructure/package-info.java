/**
 * Visits' adapters: its repositories in PostgreSQL (schema {@code visits}), the Jitsi Meet video platform and the
 * Microsoft Graph client that creates Teams meetings.
 */
package org.caregate.visits.infrastructure;
