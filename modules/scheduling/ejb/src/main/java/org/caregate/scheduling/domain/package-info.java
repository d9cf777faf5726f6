/**
 * The scheduling model in plain Java: appointment types, booking rules, availability, appointments, waiting
 * rooms, and the slot finder that turns open time into bookable slots across time zones.
 */
package org.caregate.scheduling.domain;
