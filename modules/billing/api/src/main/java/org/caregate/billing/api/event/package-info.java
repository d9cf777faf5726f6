/** Billing's integration events (ADR 0015), published on {@code caregate.events} and to webhooks. */
package org.caregate.billing.api.event;
