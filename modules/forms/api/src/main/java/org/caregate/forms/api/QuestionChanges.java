package org.caregate.forms.api;

import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.CustomModuleId;

/**
 * A question to add to a template, or the changes to one; {@code null} fields stay as they are.
 *
 * @param id     the question changed, {@code null} when adding one
 * @param formId the template a new question joins ({@code null} when changing one)
 */
public record QuestionChanges(CustomModuleId id, CustomModuleFormId formId, String modType, String label,
                              String options, Boolean required, String hipaaName) {
}
