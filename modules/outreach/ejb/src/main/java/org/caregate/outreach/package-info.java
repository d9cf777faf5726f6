/** The outreach context: confirmations, reschedule and cancellation notices and reminders for patients' visits. */
package org.caregate.outreach;
