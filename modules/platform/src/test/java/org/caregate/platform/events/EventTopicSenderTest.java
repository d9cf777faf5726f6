package org.caregate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's sender against a real Artemis broker (in-VM, as the embedded broker of the Quick start but without a
 * journal): a batch arrives whole and in order with the properties consumers select on; a batch re-sent after a crash
 * (the broker committed it, the outbox did not) is refused by the broker's duplicate check inside a transaction, and
 * the sender's one-by-one pass delivers the new events of it once and the old ones not again, after which the next
 * batch goes in a transaction again. The client factory is held to the rule Artemis' resource adapter adds in the
 * server — one open session per connection — so a sender that broke it would fail here too.
 */
class EventTopicSenderTest {

    private EmbeddedActiveMQ broker;
    private ActiveMQConnectionFactory plainFactory;
    private ConnectionFactory factory;
    private JMSContext subscriber;
    private JMSConsumer consumer;

    @BeforeEach
    void startBroker() throws Exception {
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl().setName("relay-test")
                .setPersistenceEnabled(false).setSecurityEnabled(false).setJMXManagementEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://0"));
        broker.start();
        plainFactory = new ActiveMQConnectionFactory("vm://0");
        factory = oneSessionPerConnection(plainFactory);
        subscriber = factory.createContext();
        consumer = subscriber.createConsumer(subscriber.createTopic(EventTopicSender.TOPIC));
    }

    @AfterEach
    void stopBroker() throws Exception {
        subscriber.close();
        plainFactory.close();
        broker.stop();
    }

    @Test
    void aBatchArrivesWholeInOrderWithTheEventsIdsTypesAndOrganizations() throws Exception {
        List<OutboxRelay.OutboxEvent> batch = events(5);
        try (EventTopicSender sender = new EventTopicSender(factory)) {
            sender.send(batch);
        }
        List<Message> received = receiveAll();
        assertThat(received).hasSize(5);
        for (int i = 0; i < 5; i++) {
            Message message = received.get(i);
            assertThat(message.getBody(String.class)).isEqualTo(batch.get(i).payload());
            assertThat(message.getStringProperty("_AMQ_DUPL_ID")).isEqualTo(batch.get(i).id().toString());
            assertThat(message.getStringProperty("eventType")).isEqualTo("patient.created");
            assertThat(message.getJMSType()).isEqualTo("patient.created");
            assertThat(message.getLongProperty("organizationId")).isEqualTo(7L);
        }
    }

    @Test
    void aBatchResentAfterACrashDeliversItsNewEventsOnceAndItsOldOnesNotAgain() throws Exception {
        List<OutboxRelay.OutboxEvent> batch = events(4);
        try (EventTopicSender sender = new EventTopicSender(factory)) {
            sender.send(batch.subList(0, 2)); // the broker committed these; the server died before the outbox did
        }
        assertThat(ids(receiveAll())).containsExactly(batch.get(0).id(), batch.get(1).id());

        // the premise: inside a transaction one duplicate rolls the whole transaction back, new events with it
        OutboxRelay.OutboxEvent fresh = events(1).get(0);
        try (JMSContext transacted = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
            sendRaw(transacted, batch.get(0));
            sendRaw(transacted, fresh);
            assertThatThrownBy(transacted::commit).isInstanceOf(JMSRuntimeException.class);
        }
        assertThat(receiveAll()).isEmpty();

        List<OutboxRelay.OutboxEvent> next = events(2);
        try (EventTopicSender sender = new EventTopicSender(factory)) {
            sender.send(batch); // the next pass claims all four again
            assertThat(ids(receiveAll())).containsExactly(batch.get(2).id(), batch.get(3).id());
            sender.send(next); // and the pass goes on with a full batch's successor, in a transaction again
        }
        assertThat(ids(receiveAll())).containsExactly(next.get(0).id(), next.get(1).id());
    }

    @Test
    void aBatchTheBrokerCannotTakeFailsTheSend() throws Exception {
        try (EventTopicSender sender = new EventTopicSender(factory)) {
            broker.stop();
            assertThatThrownBy(() -> sender.send(events(2))).isInstanceOfAny(JMSRuntimeException.class,
                    JMSException.class);
        }
        broker.start(); // for stopBroker
    }

    /** The client factory, refusing a second session while a connection has one open, as the resource adapter does. */
    private static ConnectionFactory oneSessionPerConnection(ActiveMQConnectionFactory plain) {
        return (ConnectionFactory) Proxy.newProxyInstance(EventTopicSenderTest.class.getClassLoader(),
                new Class<?>[] {ConnectionFactory.class}, (proxy, method, args) -> {
                    Object made = forward(method, plain, args);
                    return made instanceof Connection connection ? oneSessionAtATime(connection) : made;
                });
    }

    private static Connection oneSessionAtATime(Connection connection) {
        AtomicReference<Session> open = new AtomicReference<>();
        return (Connection) Proxy.newProxyInstance(EventTopicSenderTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("createSession")) {
                        return forward(method, connection, args);
                    }
                    if (open.get() != null && isOpen(open.get())) {
                        throw new jakarta.jms.IllegalStateException("Only allowed one session per connection");
                    }
                    Session session = (Session) forward(method, connection, args);
                    open.set(session);
                    return session;
                });
    }

    private static boolean isOpen(Session session) {
        try {
            session.getAcknowledgeMode();
            return true;
        } catch (JMSException closed) {
            return false;
        }
    }

    private static Object forward(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void sendRaw(JMSContext jms, OutboxRelay.OutboxEvent event) throws JMSException {
        Message message = jms.createTextMessage(event.payload());
        message.setStringProperty("_AMQ_DUPL_ID", event.id().toString());
        jms.createProducer().send(jms.createTopic(EventTopicSender.TOPIC), message);
    }

    private static List<OutboxRelay.OutboxEvent> events(int count) {
        List<OutboxRelay.OutboxEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            events.add(new OutboxRelay.OutboxEvent(id, "patient.created", 7L, "{\"id\":\"" + id + "\"}"));
        }
        return events;
    }

    private List<Message> receiveAll() {
        List<Message> received = new ArrayList<>();
        for (Message message = consumer.receive(2_000); message != null; message = consumer.receive(300)) {
            received.add(message);
        }
        return received;
    }

    private static List<UUID> ids(List<Message> messages) throws JMSException {
        List<UUID> ids = new ArrayList<>();
        for (Message message : messages) {
            ids.add(UUID.fromString(message.getStringProperty("_AMQ_DUPL_ID")));
        }
        return ids;
    }
}
