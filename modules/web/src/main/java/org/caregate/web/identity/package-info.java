/**
 * The identity context over HTTP: Healthie's user, client, sign-up/sign-in and API key operations on
 * {@code /graphql}, and Solo's patients under {@code /qapi/v1/patients}. Both translate to the
 * {@link org.caregate.identity.api.IdentityFacade}; one patient record answers both.
 */
package org.caregate.web.identity;
