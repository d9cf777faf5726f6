/**
 * GraphQL plumbing shared by every context's GraphQL API: the schema built at start from the build's indexes,
 * SmallRye's CDI look-up inside the EAR, the {@code messages { field message }} type of Healthie payloads, and the
 * errors a query can end with.
 */
package org.caregate.web.graphql;
