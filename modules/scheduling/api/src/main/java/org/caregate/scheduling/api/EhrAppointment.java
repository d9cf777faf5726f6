package org.caregate.scheduling.api;

import java.util.List;

/**
 * A visit an EHR books or changes: {@code date} in Unix seconds, {@code duration} in seconds (1 to 86400),
 * {@code status} on change one of Solo's appointment states (moved along the visit lifecycle), and
 * {@code videoCallStatus} on change what staff say of the video call ("on hold", "finalizing", "on call", "waiting").
 */
public record EhrAppointment(String waitingRoom, Long date, Integer duration, List<String> reasons, String externalId,
                             String episodeOfCareId, String accountNumber, String status, String videoCallStatus) {

    /** A visit without a video-call status. */
    public EhrAppointment(String waitingRoom, Long date, Integer duration, List<String> reasons, String externalId,
                          String episodeOfCareId, String accountNumber, String status) {
        this(waitingRoom, date, duration, reasons, externalId, episodeOfCareId, accountNumber, status, null);
    }
}
