package org.caregate.architecture.planted.alpha.infrastructure;

import jakarta.jms.JMSContext;
import jakarta.jms.ObjectMessage;

/** Planted: sends a serialized Java object instead of JSON text. */
public class SendsObjects {

    public ObjectMessage wrap(JMSContext jms, java.io.Serializable payload) {
        return jms.createObjectMessage(payload);
    }
}
