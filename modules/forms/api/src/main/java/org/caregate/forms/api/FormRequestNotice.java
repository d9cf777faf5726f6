package org.caregate.forms.api;

/**
 * What the patient's email about a form request says: who asks, for which form, and whether it is still open.
 *
 * @param clinicName   the organization's name, or {@code null}
 * @param patientEmail where to write, or {@code null} when the patient has no address
 */
public record FormRequestNotice(long requestId, long organizationId, String clinicName, String formName,
                                String patientName, String patientEmail, boolean open) {
}
