package org.caregate.architecture.planted.alpha.application;

import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.caregate.architecture.planted.alpha.domain.SpeaksJson;

/** Planted: a message-driven bean outside infrastructure that works on the domain itself. */
@MessageDriven
public class FatConsumer implements MessageListener {

    @Override
    public void onMessage(Message message) {
        new SpeaksJson().toJson();
    }
}
