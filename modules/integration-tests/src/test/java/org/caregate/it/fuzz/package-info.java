/**
 * The hostile-input suite's parts: what the server offers (discovered from its OpenAPI document and GraphQL
 * introspection), a seeded corpus of malformed requests over all of it, the rules every answer must keep, and the
 * database footprint that shows whether a refused request wrote anything.
 */
package org.caregate.it.fuzz;
