package org.caregate.scheduling.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.AvailabilityId;

/**
 * Providers' open hours, and the search for open slots in them. Members manage availability; anyone — a
 * patient or a person booking without an account — may search a provider's slots.
 */
@Local
public interface AvailabilityFacade {

    AvailabilityView availability(Caller caller, AvailabilityId id);

    List<AvailabilityView> availabilities(Caller caller, AvailabilityQuery query);

    AvailabilityView createAvailability(Caller caller, AvailabilityChanges availability);

    AvailabilityView editAvailability(Caller caller, AvailabilityChanges changes);

    AvailabilityView deleteAvailability(Caller caller, AvailabilityId id);

    /** The dates ("2021-10-10") of the month of {@code dateFromMonth} with at least one open slot. */
    List<String> daysAvailableForRange(Caller caller, SlotQuery query);

    /** The open slots from {@code startDate} to {@code endDate}, both whole days in the asked time zone. */
    List<SlotView> availableSlotsForRange(Caller caller, SlotQuery query);
}
