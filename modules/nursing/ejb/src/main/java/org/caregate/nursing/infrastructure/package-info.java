/** Facility structure and assistance requests in PostgreSQL (schema {@code nursing}) through JPA. */
package org.caregate.nursing.infrastructure;
