/** Form templates and onboarding in PostgreSQL (schema {@code forms}) through JPA. */
package org.caregate.forms.infrastructure;
