/** Invoices' use cases: sending, changing and finding invoices, paying them, and the notices their emails are written from. */
package org.caregate.billing.application.invoices;
