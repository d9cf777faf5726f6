package org.caregate.outreach.application;

/** Port: hands a text message to an SMS gateway. */
public interface SmsGateway {

    /** @param to an E.164 number */
    void send(String to, String text) throws OutreachFailure;
}
