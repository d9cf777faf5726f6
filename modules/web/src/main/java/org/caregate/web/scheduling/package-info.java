/**
 * Scheduling over the wire: Healthie's appointment types, settings, availability, slot search and appointments
 * on {@code /graphql}; Solo's waiting rooms, slots and appointments under {@code /qapi/v1}.
 */
package org.caregate.web.scheduling;
