/**
 * The integration events this context declares: what other contexts and hospital systems are told about its
 * committed changes (docs/jms.md). Raised through the kernel's {@code EventPublisher}; consumers read them back with
 * each event's {@code actionOf}.
 */
package org.caregate.visits.api.event;
