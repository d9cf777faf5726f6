/**
 * GraphQL plumbing shared by every context's GraphQL API: SmallRye's CDI look-up inside the EAR, the
 * {@code messages { field message }} type of Healthie payloads, and the errors a query can end with.
 */
package org.caregate.web.graphql;
