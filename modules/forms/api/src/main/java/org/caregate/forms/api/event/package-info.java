/** The forms context's integration events, published through the outbox on {@code caregate.events}. */
package org.caregate.forms.api.event;
