package org.caregate.scheduling.api;

import java.util.List;

/**
 * A visit an EHR books or changes: {@code date} in Unix seconds, {@code duration} in seconds (1 to 86400),
 * {@code status} only "cancelled" on change.
 */
public record EhrAppointment(String waitingRoom, Long date, Integer duration, List<String> reasons, String externalId,
                             String episodeOfCareId, String accountNumber, String status) {
}
