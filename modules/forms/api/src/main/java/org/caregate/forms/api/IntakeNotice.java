package org.caregate.forms.api;

import java.util.List;

/**
 * What a patient's intake reminder says: the clinic, the patient, and the forms of their onboarding flow they have
 * neither completed nor skipped.
 *
 * @param clinicName   the organization's name, or {@code null}
 * @param patientEmail where to write
 * @param forms        the names of the forms still to fill in, in the flow's order; empty when none are left
 */
public record IntakeNotice(long patientId, long organizationId, String clinicName, String patientName,
                           String patientEmail, List<String> forms) {

    public IntakeNotice {
        forms = List.copyOf(forms);
    }
}
