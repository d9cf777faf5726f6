/** Scheduling's repositories in PostgreSQL (schema {@code scheduling}) and its audit trail. */
package org.caregate.scheduling.infrastructure;
