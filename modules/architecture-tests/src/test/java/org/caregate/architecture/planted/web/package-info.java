/** Planted web adapters: a JAX-RS resource and a GraphQL API that break the rule that both are built once. */
package org.caregate.architecture.planted.web;
