/**
 * Webhook use cases: managing subscriptions (transaction boundaries), fanning events out to deliveries once per
 * event, and delivering them through the ports {@link org.caregate.webhooks.application.WebhookTransport} and
 * {@link org.caregate.webhooks.application.FailureNotices}.
 */
package org.caregate.webhooks.application;
