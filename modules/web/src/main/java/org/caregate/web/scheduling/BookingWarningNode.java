package org.caregate.web.scheduling;

import java.util.List;
import org.caregate.scheduling.api.BookingWarning;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code AppointmentBookingWarning}: "Event Conflicts" or "Credit Deficits". */
@Name("AppointmentBookingWarning")
public record BookingWarningNode(@Name("category") String category, @Name("subtitle") String subtitle,
                                 @Name("potential_issues") List<String> potentialIssues,
                                 @Name("potential_issue_ids") List<String> potentialIssueIds) {

    static BookingWarningNode of(BookingWarning warning) {
        return new BookingWarningNode(warning.category(), warning.subtitle(), warning.potentialIssues(),
                warning.potentialIssueIds());
    }
}
