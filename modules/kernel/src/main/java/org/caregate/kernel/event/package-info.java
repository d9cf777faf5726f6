/**
 * Integration events: what a context tells the others and the hospital's systems about its committed changes. Each
 * context declares its own event types in its API jar; the platform carries them to the outbox and the JMS topic
 * {@code caregate.events} without knowing any of their names.
 */
package org.caregate.kernel.event;
