/**
 * The forms context's integration events: what other contexts and hospital systems hear of filled forms and of
 * patients' onboarding.
 */
package org.caregate.forms.api.event;
