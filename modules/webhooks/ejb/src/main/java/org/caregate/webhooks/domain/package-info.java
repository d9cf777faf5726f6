/**
 * Webhook rules in plain Java: the event names of each contract, payloads, Healthie signatures, Solo encryption,
 * Standard Webhooks headers, the retry schedule, what a receiver's answer means, and which endpoints may be called.
 */
package org.caregate.webhooks.domain;
