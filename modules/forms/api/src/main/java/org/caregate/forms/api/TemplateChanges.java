package org.caregate.forms.api;

import org.caregate.kernel.id.CustomModuleFormId;

/**
 * A template to create, or the changes to one; {@code null} fields stay as they are.
 *
 * @param id the template changed, {@code null} when creating one
 */
public record TemplateChanges(CustomModuleFormId id, String name, Boolean useForCharting, Boolean useForProgram,
                              Boolean archived) {
}
