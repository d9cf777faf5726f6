package org.caregate.it.jms.probe;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Fails on every message, so the broker redelivers it and finally moves it to the dead-letter queue. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = ProbeSender.POISON_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")})
public class PoisonConsumer implements MessageListener {

    @Inject
    ProbeLedger ledger;

    @Override
    public void onMessage(Message message) {
        ledger.record("poison", ProbeSender.probeId(message));
        throw new IllegalStateException("the poison consumer fails on purpose");
    }
}
