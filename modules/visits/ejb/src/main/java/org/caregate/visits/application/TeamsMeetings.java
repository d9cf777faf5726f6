package org.caregate.visits.application;

import java.time.Instant;

/** Microsoft Teams online meetings (a port; the Microsoft Graph adapter beside it). */
public interface TeamsMeetings {

    /** Whether this installation is set up to create Teams meetings. */
    boolean configured();

    /**
     * Creates a meeting on behalf of the user whose token this is; returns its join URL.
     *
     * @throws org.caregate.kernel.error.UnauthenticatedException when Teams refuses the token
     * @throws org.caregate.kernel.error.ExternalServiceException when Teams cannot be reached or fails
     */
    String createMeeting(String userToken, String subject, Instant start, Instant end);
}
