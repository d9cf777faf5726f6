/** The episodes context's integration events, published on {@code caregate.events} through the outbox. */
package org.caregate.episodes.api.event;
