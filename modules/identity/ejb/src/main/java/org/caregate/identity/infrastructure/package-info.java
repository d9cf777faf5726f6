/** JPA repositories for the identity model, in the {@code identity} schema and persistence unit. */
package org.caregate.identity.infrastructure;
