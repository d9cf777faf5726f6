/**
 * Outreach adapters: the JDBC repository, the events-topic consumer, the dispatcher, mail through the server's
 * mail session, SMS through Twilio's Messages API, and settings from MicroProfile Config.
 */
package org.caregate.outreach.infrastructure;
