/**
 * What web adapters and other contexts may use of scheduling: the facades, the requests they take and the views
 * they return, and the ports between scheduling and visits ({@code VideoAppointments} scheduling answers,
 * {@code VideoRooms} and {@code VisitDirectory} visits answers).
 */
package org.caregate.scheduling.api;
