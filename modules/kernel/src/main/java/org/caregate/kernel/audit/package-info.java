/**
 * The audit trail port: every context records each change it makes — who, in which organization, what, to
 * which object, when, and from which request — in an append-only log.
 */
package org.caregate.kernel.audit;
