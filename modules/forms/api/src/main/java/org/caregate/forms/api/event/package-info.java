/**
 * The forms context's integration events, published through the outbox on {@code caregate.events}: what other
 * contexts and hospital systems hear of filled forms, documents and patients' onboarding.
 */
package org.caregate.forms.api.event;
