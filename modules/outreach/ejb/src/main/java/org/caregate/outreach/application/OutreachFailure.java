package org.caregate.outreach.application;

/** A message could not be handed to the mail server or the SMS gateway; it is tried again later. */
public class OutreachFailure extends RuntimeException {

    public OutreachFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
