/**
 * Solo's perfect answer (seed 004 "Perfect answer API", ADR 25): one request that records the patient by MRN, books
 * the visit in the waiting room of a location and attaches the room's template with tagged answers — identity,
 * scheduling and forms in one transaction — and the GraphQL operations that configure it.
 */
package org.caregate.web.perfectanswer;
