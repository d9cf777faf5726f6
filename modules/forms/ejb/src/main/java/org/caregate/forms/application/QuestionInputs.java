package org.caregate.forms.application;

import java.util.Arrays;
import org.caregate.forms.api.QuestionChanges;
import org.caregate.forms.domain.ModType;
import org.caregate.forms.domain.QuestionDefinition;
import org.caregate.kernel.input.Inputs;
import org.caregate.platform.html.SafeHtml;

/**
 * Reads a question's definition from what a client sent, over the question as it stands: the kind must be in the
 * catalogue; choice questions need at least one choice (one per line); a matrix's options must be a JSON array or
 * object; a read-only question's label is HTML and is cleaned, another's is text.
 */
final class QuestionInputs {

    private static final int MOST_LABEL = 10_000;

    private QuestionInputs() {
    }

    /**
     * The definition {@code changes} asks for; {@code current} is the question's definition now ({@code null} for a
     * new question, which must then name its kind and label).
     *
     * @throws org.caregate.kernel.error.InvalidInputException with every problem found
     */
    static QuestionDefinition definition(QuestionChanges changes, QuestionDefinition current) {
        Inputs inputs = new Inputs();
        ModType modType = current == null ? null : current.modType();
        if (current == null || changes.modType() != null) {
            String name = inputs.required("mod_type", changes.modType());
            modType = name == null ? null : ModType.named(name).orElse(null);
            if (name != null && modType == null) {
                inputs.problem("mod_type", "must be one of " + String.join(", ", ModType.names()));
            }
        }
        String label = current == null ? null : current.label();
        if (current == null || changes.label() != null) {
            label = changes.label() == null || changes.label().isBlank() ? null : changes.label().strip();
            if (label == null) {
                inputs.problem("label", "can't be blank");
            } else if (label.length() > MOST_LABEL) {
                inputs.problem("label", "is too long (at most " + MOST_LABEL + " characters)");
            }
        }
        String options = changes.options() != null ? blankToNull(changes.options())
                : current == null ? null : current.options();
        String hipaaName = changes.hipaaName() != null ? inputs.optional("hipaa_name", changes.hipaaName())
                : current == null ? null : current.hipaaName();
        boolean required = changes.required() != null ? changes.required() : current != null && current.required();
        if (modType != null) {
            options = options(inputs, modType, options);
        }
        inputs.check();
        if (modType.readOnly()) {
            label = SafeHtml.formLabel(label);
        }
        return new QuestionDefinition(modType, label, options, required, hipaaName);
    }

    private static String options(Inputs inputs, ModType modType, String options) {
        if (modType.offersChoices()) {
            if (options == null || Arrays.stream(options.split("\n")).allMatch(String::isBlank)) {
                inputs.problem("options", "can't be blank for " + modType.wireName() + " questions: one choice a line");
            }
            return options;
        }
        if (modType == ModType.MATRIX) {
            if (options == null || GridJson.read(options).isEmpty()) {
                inputs.problem("options", "must be JSON (an array or object) for matrix questions");
            }
            return options;
        }
        return options;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
