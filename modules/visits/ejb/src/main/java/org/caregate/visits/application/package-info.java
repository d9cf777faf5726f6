/**
 * Visits' use cases as transaction boundaries: who may enter which visit when, opening rooms for scheduling's
 * appointments (the {@code VideoRooms} port scheduling declares), partner and teleconsultation rooms, context links.
 */
package org.caregate.visits.application;
