/**
 * The reports facade (the transaction boundary), the visits CSV's columns and rows composed from the scheduling,
 * identity and forms facades, the generation of encounter reports and the sealing of their passwords.
 */
package org.caregate.reports.application;
