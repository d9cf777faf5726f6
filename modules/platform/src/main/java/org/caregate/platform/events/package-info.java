/**
 * Domain events: the audited changes other systems are told about, appended to the outbox in the change's own
 * transaction, and the catalogue of which changes those are.
 */
package org.caregate.platform.events;
