package org.caregate.forms.api;

import java.util.List;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.UserId;

/**
 * A form filled out: which template, on whose chart, whether it is finished, and the answers.
 *
 * @param userId      the patient whose chart it goes on; {@code null} for a patient filling their own
 * @param appointment the appointment it belongs to (a chart note, or the form filled at booking), or {@code null}
 */
public record NewFilledForm(CustomModuleFormId template, UserId userId, boolean finished, AppointmentId appointment,
                            List<AnswerInput> answers) {

    public NewFilledForm {
        answers = List.copyOf(answers);
    }
}
