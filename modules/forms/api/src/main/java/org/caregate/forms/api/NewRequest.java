package org.caregate.forms.api;

import java.util.List;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.UserId;

/**
 * A form to send to patients, and how it recurs, as {@code createRequestedFormCompletion} sends it: the recurrence
 * fields are the seed's strings, read only when {@code isRecurring} is true.
 *
 * @param hour           {@code "1"} to {@code "12"}, with {@code period} {@code AM} or {@code PM}
 * @param minute         {@code "0"} to {@code "59"}
 * @param weekday        the full weekday name of a weekly recurrence, e.g. {@code Monday}
 * @param monthday       the day of a monthly recurrence, e.g. {@code 27th}
 * @param recurrenceEnds whether {@code endsOn} (YYYY-MM-DD) ends the recurrence
 */
public record NewRequest(List<UserId> recipients, CustomModuleFormId form, Boolean isRecurring, String frequency,
                         String period, String minute, String hour, String weekday, String monthday,
                         Boolean recurrenceEnds, String endsOn) {

    public NewRequest {
        recipients = List.copyOf(recipients);
    }
}
