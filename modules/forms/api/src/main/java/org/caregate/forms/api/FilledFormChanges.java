package org.caregate.forms.api;

import java.util.List;
import org.caregate.kernel.id.FormAnswerGroupId;

/**
 * Changes to a filled form that is not locked.
 *
 * @param finished {@code true} finishes a draft; {@code null} leaves it as it is
 * @param answers  new answers for the questions they name; questions not named keep theirs
 */
public record FilledFormChanges(FormAnswerGroupId id, Boolean finished, List<AnswerInput> answers) {

    public FilledFormChanges {
        answers = List.copyOf(answers);
    }
}
