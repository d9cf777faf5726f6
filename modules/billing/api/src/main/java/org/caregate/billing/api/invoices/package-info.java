/** Invoices (seed 001's requested payments): the facade web adapters call, its views and requests, and the notices outreach writes from. */
package org.caregate.billing.api.invoices;
