package org.caregate.outreach.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.caregate.outreach.application.MailOutbox;
import org.caregate.outreach.application.OutreachFailure;
import org.caregate.outreach.domain.Invitation;

/**
 * Email through the server's mail session ({@code java:jboss/mail/Caregate}, SMTP from CAREGATE_SMTP_*): a text
 * part, and with an invitation a {@code text/calendar; method=…} part plus the same as an {@code invite.ics}
 * attachment, which is how calendar programs recognise invitations.
 */
@ApplicationScoped
public class JakartaMailOutbox implements MailOutbox {

    @Resource(lookup = "java:jboss/mail/Caregate")
    Session mail;

    /**
     * A mail server that accepts the connection and then says nothing must not hold the dispatcher: connecting gets
     * 10 s, each read and write 30 s, unless the operator's mail session says otherwise.
     */
    @PostConstruct
    void boundTheWaits() {
        Properties properties = mail.getProperties();
        properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        properties.putIfAbsent("mail.smtp.timeout", "30000");
        properties.putIfAbsent("mail.smtp.writetimeout", "30000");
    }

    @Override
    public String sender() {
        String from = mail.getProperty("mail.from");
        return from == null || from.isBlank() ? "caregate@localhost" : from;
    }

    @Override
    public void send(String to, String subject, String text, Invitation invitation) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setFrom(new InternetAddress(sender()));
            message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            if (invitation == null) {
                message.setText(text, "UTF-8");
            } else {
                MimeMultipart parts = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setText(text, "UTF-8");
                parts.addBodyPart(body);
                byte[] ics = invitation.ics().getBytes(StandardCharsets.UTF_8);
                MimeBodyPart calendar = new MimeBodyPart();
                calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, invitation.contentType())));
                calendar.setHeader("Content-Type", invitation.contentType());
                calendar.setFileName("invite.ics");
                parts.addBodyPart(calendar);
                message.setContent(parts);
            }
            Transport.send(message);
        } catch (MessagingException e) {
            throw new OutreachFailure("the mail server refused the message: " + e.getMessage(), e);
        }
    }
}
