package org.caregate.outreach.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Optional;
import org.caregate.billing.api.event.BillingEmailEvent;
import org.caregate.forms.api.event.FormTemplateEvent;
import org.caregate.forms.api.event.IntakeReminderEvent;
import org.caregate.forms.api.event.RequestedFormCompletionEvent;
import org.caregate.identity.api.event.AccountEmailEvent;
import org.caregate.kernel.event.PublishedEvent;
import org.caregate.outreach.application.OutreachPlannerBean;
import org.caregate.platform.events.EventMessages;
import org.caregate.scheduling.api.event.AppointmentEvent;
import org.caregate.visits.api.event.PartnerVideoRoomEvent;
import org.jboss.logging.Logger;

/**
 * Outreach's consumer of the events topic: a shared durable subscription ({@code caregate-outreach}) selecting the
 * appointment and partner-room events that change what a patient is told, the form request events, templates
 * shared with a member, the welcomes and invitations owed, and the invoices and receipts owed. Planning shares the message's XA
 * transaction; the inbox makes a redelivered event a no-op.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "caregate.events"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "caregate-outreach"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "caregate-outreach"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = AppointmentEvent.SELECTOR + " OR " + PartnerVideoRoomEvent.SELECTOR + " OR "
                        + RequestedFormCompletionEvent.SELECTOR + " OR " + FormTemplateEvent.SELECTOR + " OR "
                        + AccountEmailEvent.SELECTOR + " OR " + IntakeReminderEvent.SELECTOR + " OR "
                        + BillingEmailEvent.SELECTOR)})
public class OutreachEventsConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OutreachEventsConsumer.class);

    @Inject
    OutreachPlannerBean planner;

    @Override
    public void onMessage(Message message) {
        Optional<PublishedEvent> event = EventMessages.read(message);
        if (event.isEmpty()) {
            LOG.warn("Ignoring a message on caregate.events that is not an event");
            return;
        }
        planner.plan(event.get());
    }
}
