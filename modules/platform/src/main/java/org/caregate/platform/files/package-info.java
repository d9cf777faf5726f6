/**
 * Keeping files in PostgreSQL beside the rows that describe them (ADR 19): streamed in and out in parts, scoped to an
 * organization, bounded in size. Knows no context's meaning of a file.
 */
package org.caregate.platform.files;
