package org.caregate.forms.api;

/**
 * What the email to a member about a template shared with them says: which clinic, which form.
 *
 * @param clinicName  the organization's name, or {@code null}
 * @param memberEmail the address of the member who owns the shared copy
 */
public record FormShareNotice(long templateId, long organizationId, String clinicName, String formName,
                              String memberName, String memberEmail) {
}
