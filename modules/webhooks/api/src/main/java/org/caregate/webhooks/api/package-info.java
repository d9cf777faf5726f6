/** What web adapters use of the webhooks context: subscriptions of both contracts, the delivery log, replay. */
package org.caregate.webhooks.api;
