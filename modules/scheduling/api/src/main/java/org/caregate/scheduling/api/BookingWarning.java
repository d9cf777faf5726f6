package org.caregate.scheduling.api;

import java.util.List;

/** "Event Conflicts" (appointments in the way) or "Credit Deficits" (attendees out of credits). */
public record BookingWarning(String category, String subtitle, List<String> potentialIssues,
                             List<String> potentialIssueIds) {
}
