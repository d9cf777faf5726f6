/**
 * The integration events the forms context declares: what other contexts and hospital systems are told about its
 * committed changes (docs/jms.md). Raised through the kernel's {@code EventPublisher}; consumers recognise them with
 * {@code PublishedEvent.action(RESOURCE, Action.class)}.
 */
package org.caregate.forms.api.event;
