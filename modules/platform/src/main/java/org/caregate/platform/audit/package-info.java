/** The audit trail kept in PostgreSQL's {@code audit} schema, written in the caller's transaction. */
package org.caregate.platform.audit;
