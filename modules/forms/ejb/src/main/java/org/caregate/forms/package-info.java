/** The forms context: form templates and their questions, onboarding flows and patients' progress through them. */
package org.caregate.forms;
