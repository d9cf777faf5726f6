package org.caregate.forms.api;

import org.caregate.kernel.id.UserId;

/**
 * What {@code requestedFormCompletions} filters by.
 *
 * @param recipient the patient the requests went to, or {@code null} for all
 * @param keywords  text the form's name contains, or {@code null}
 * @param status    {@code Open} or {@code Incomplete} (requests not yet completed), {@code Completed}, or
 *                  {@code null} for all
 * @param offset         how many to skip
 * @param shouldPaginate pages of 10 instead of every match
 */
public record RequestSearch(UserId recipient, String keywords, String status, Integer offset,
                            boolean shouldPaginate) {
}
