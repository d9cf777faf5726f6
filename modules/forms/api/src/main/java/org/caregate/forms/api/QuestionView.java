package org.caregate.forms.api;

/**
 * A question of a form template.
 *
 * @param uuid     the id Solo's visit notes name the question by
 * @param modType  its kind, one of the catalogue (docs/forms.md): {@code text}, {@code radio}, {@code matrix}, …
 * @param options  the choices (one per line), the matrix (JSON) or {@code null}
 * @param position its place in the template, from 0
 * @param readOnly whether it only shows text (a label) and takes no answer
 */
public record QuestionView(long id, String uuid, long formId, String modType, String label, String options, boolean required,
                           String hipaaName, int position, boolean readOnly) {
}
