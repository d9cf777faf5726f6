/**
 * What other contexts and the web adapters may use of the billing context: its facades, views and changes, and
 * {@link org.caregate.billing.api.Money}, the one way an amount crosses a boundary.
 */
package org.caregate.billing.api;
