/**
 * Carrying integration events: the outbox publisher (in the change's own transaction), the topic's message format,
 * and the inbox that makes a consumer's handling of an event happen once. Knows no context's event names.
 */
package org.caregate.platform.events;
