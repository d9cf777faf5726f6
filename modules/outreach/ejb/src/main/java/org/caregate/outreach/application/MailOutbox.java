package org.caregate.outreach.application;

import org.caregate.outreach.domain.Invitation;

/** Port: hands an email to the mail server, with a calendar invitation attached when one is given. */
public interface MailOutbox {

    /** The sender address, the organizer of invitations. */
    String sender();

    void send(String to, String subject, String text, Invitation invitation) throws OutreachFailure;
}
