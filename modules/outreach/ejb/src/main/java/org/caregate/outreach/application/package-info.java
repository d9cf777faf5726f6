/**
 * Outreach use cases: planning a visit's messages from its events (once per event) and sending them when due,
 * through the ports {@link org.caregate.outreach.application.MailOutbox} and
 * {@link org.caregate.outreach.application.SmsGateway}.
 */
package org.caregate.outreach.application;
