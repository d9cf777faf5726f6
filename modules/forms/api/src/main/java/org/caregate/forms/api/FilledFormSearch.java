package org.caregate.forms.api;

import java.time.LocalDate;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.UserId;

/**
 * Which finished forms to list.
 *
 * @param userId the patient whose chart, or {@code null} for all the caller may see
 * @param filler who filled them, or {@code null}
 * @param date   the day they were filled, in the caller's time zone, or {@code null}
 * @param paged  pages of 10 from {@code offset}; otherwise every match (refused beyond the unpaged limit)
 */
public record FilledFormSearch(UserId userId, UserId filler, CustomModuleFormId template, LocalDate date,
                               Integer offset, boolean paged) {
}
