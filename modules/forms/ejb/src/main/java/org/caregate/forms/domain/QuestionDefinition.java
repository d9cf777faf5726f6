package org.caregate.forms.domain;

/**
 * What a question asks and how: its kind, its label (sanitised HTML for read-only kinds, text otherwise), its
 * options (choices one per line, or a matrix's JSON) and whether an answer is required. A read-only question is
 * never required.
 */
public record QuestionDefinition(ModType modType, String label, String options, boolean required, String hipaaName) {

    public QuestionDefinition {
        if (modType.readOnly()) {
            required = false;
        }
    }
}
