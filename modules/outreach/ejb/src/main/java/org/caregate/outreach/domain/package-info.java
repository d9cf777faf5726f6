/**
 * Outreach rules in plain Java: what seed 000's schedule owes a patient on which channel, the texts, the
 * iCalendar invitation, and phone numbers in E.164.
 */
package org.caregate.outreach.domain;
