package org.caregate.it.jms.probe;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Records every probe message it receives. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = ProbeSender.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")})
public class ProbeConsumer implements MessageListener {

    @Inject
    ProbeLedger ledger;

    @Override
    public void onMessage(Message message) {
        ledger.record("consumer", ProbeSender.probeId(message));
    }
}
