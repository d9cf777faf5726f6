/**
 * The forms facades: who may see and change templates and onboarding flows, input checks, audit, events, views; and
 * identity's {@code GroupOnboarding} port.
 */
package org.caregate.forms.application;
