/**
 * Webhook adapters: Caregate's GraphQL operations for Healthie-style subscriptions, the delivery log and replay, and
 * Solo's {@code /qapi/v1/webhooks}.
 */
package org.caregate.web.webhooks;
