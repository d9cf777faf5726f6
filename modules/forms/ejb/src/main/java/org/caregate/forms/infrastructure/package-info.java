/** Form templates in PostgreSQL (schema {@code forms}) through JPA. */
package org.caregate.forms.infrastructure;
