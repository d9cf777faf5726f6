/** The webhooks context: organizations subscribe URLs to events and receive them signed or encrypted, durably. */
package org.caregate.webhooks;
