/** Billing's facades: the transaction boundary, where callers are checked and changes audited. */
package org.caregate.billing.application;
