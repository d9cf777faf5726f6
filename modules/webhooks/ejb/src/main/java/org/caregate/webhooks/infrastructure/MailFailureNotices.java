package org.caregate.webhooks.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.webhooks.application.FailureNotices;
import org.jboss.logging.Logger;

/**
 * Emails an organization's owners through the server's mail session ({@code java:jboss/mail/Caregate}, SMTP set by
 * CAREGATE_SMTP_*). A notice that cannot be sent is logged, never retried: it must not hold deliveries up.
 */
@ApplicationScoped
public class MailFailureNotices implements FailureNotices {

    private static final Logger LOG = Logger.getLogger(MailFailureNotices.class);

    @Resource(lookup = "java:jboss/mail/Caregate")
    Session mail;

    @Inject
    OrganizationDirectory organizations;

    @Override
    public void tellOwners(long organizationId, String subject, String text) {
        List<String> owners = organizations.ownerEmails(organizationId);
        LOG.warnf("Organization %d: %s (telling %d owners)", organizationId, subject, owners.size());
        if (owners.isEmpty()) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(mail);
            for (String owner : owners) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(owner));
            }
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warnf("Could not email organization %d's owners about %s: %s", organizationId, subject, e.getMessage());
        }
    }
}
