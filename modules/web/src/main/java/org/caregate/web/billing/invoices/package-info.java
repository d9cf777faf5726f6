/** Seed 001's invoices over GraphQL: requestedPayments, requestedPayment and their create, update and delete mutations. */
package org.caregate.web.billing.invoices;
