/** Planted web adapters: a JAX-RS resource and a GraphQL API built per request, and a resource that keeps state. */
package org.caregate.architecture.planted.web;
