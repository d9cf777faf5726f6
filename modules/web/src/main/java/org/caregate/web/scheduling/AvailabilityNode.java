package org.caregate.web.scheduling;

import org.caregate.scheduling.api.AvailabilityView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code Availability}: open hours of a provider ({@code resourceId}). */
@Name("Availability")
public record AvailabilityNode(
        @Id @Name("id") String id,
        @Name("day_of_week") Integer dayOfWeek,
        @Name("duration_string") String durationString,
        @Name("is_repeating") Boolean isRepeating,
        @Name("range_start") String rangeStart,
        @Name("range_end") String rangeEnd,
        @Id @Name("resourceId") String resourceId,
        @Name("timezone") String timezone,
        @Name("timezone_abbr") String timezoneAbbr,
        @Ignore long providerId) {

    static AvailabilityNode of(AvailabilityView availability) {
        return new AvailabilityNode(Long.toString(availability.id()), availability.dayOfWeek(),
                availability.durationString(), availability.isRepeating(), availability.rangeStart(),
                availability.rangeEnd(), Long.toString(availability.providerId()), availability.timezone(),
                availability.timezoneAbbr(), availability.providerId());
    }
}
