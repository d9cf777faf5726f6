/**
 * Webhook adapters: JDBC repositories (PostgreSQL arrays, ON CONFLICT, FOR UPDATE SKIP LOCKED), the events-topic
 * consumer, the dispatcher, the HTTP transport, failure notices by mail, and settings from MicroProfile Config.
 */
package org.caregate.webhooks.infrastructure;
