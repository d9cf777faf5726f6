package org.caregate.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The JMS broker Caregate uses when no external one is configured: an Apache Artemis broker inside the server
 * process, persistent under {@code ${jboss.server.data.dir}/artemis}, listening on loopback only. Message-driven
 * beans reach it through the resource adapter like any external broker. Redelivery and dead-lettering are set
 * here for every Caregate address ({@code caregate.#}); an external broker needs the same address settings
 * (docs/operations.md).
 */
@Singleton
@Startup
public class EmbeddedBroker {

    /** Where messages go that could not be consumed after the configured number of attempts. */
    public static final String DEAD_LETTER_QUEUE = "DLQ";
    static final String EXPIRY_QUEUE = "ExpiryQueue";

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class);

    @Inject
    @ConfigProperty(name = "caregate.jms.embedded", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "caregate.jms.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "caregate.jms.port", defaultValue = "61616")
    int port;

    @Inject
    @ConfigProperty(name = "caregate.jms.max-delivery-attempts", defaultValue = "5")
    int maxDeliveryAttempts;

    @Inject
    @ConfigProperty(name = "caregate.jms.redelivery-delay-ms", defaultValue = "2000")
    long redeliveryDelayMillis;

    @Inject
    @ConfigProperty(name = "caregate.jms.max-redelivery-delay-ms", defaultValue = "300000")
    long maxRedeliveryDelayMillis;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    private EmbeddedActiveMQ broker;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.infof("Embedded JMS broker disabled; using the broker at %s:%d", host, port);
            return;
        }
        requireLoopback();
        Path journal = Path.of(serverDataDir, "artemis");
        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(configuration(journal));
        try {
            broker.start();
        } catch (Exception e) {
            throw new IllegalStateException("the embedded JMS broker did not start on " + host + ":" + port, e);
        }
        LOG.infof("Embedded JMS broker listening on %s:%d, journal in %s", host, port, journal);
    }

    /** Whether the broker this process runs is up; {@code null} when the broker is external. */
    public Boolean isActive() {
        return broker == null ? null : broker.getActiveMQServer().isActive();
    }

    /**
     * Sends the messages of the dead-letter queue back to the queues they were dead-lettered from.
     *
     * @return how many were sent back
     * @throws IllegalStateException when this process runs no broker (the broker is external)
     */
    public int retryDeadLetters() {
        if (broker == null) {
            throw new IllegalStateException("the JMS broker is external");
        }
        Queue deadLetters = broker.getActiveMQServer().locateQueue(SimpleString.of(DEAD_LETTER_QUEUE));
        try {
            return deadLetters == null ? 0 : deadLetters.retryMessages(null);
        } catch (Exception e) {
            throw new IllegalStateException("the dead letters could not be sent back: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (broker == null) {
            return;
        }
        try {
            broker.stop();
        } catch (Exception e) {
            LOG.warn("The embedded JMS broker did not stop cleanly", e);
        }
    }

    private Configuration configuration(Path journal) {
        Configuration configuration = new ConfigurationImpl()
                .setName("caregate")
                .setPersistenceEnabled(true)
                .setJournalDirectory(journal.resolve("journal").toString())
                .setBindingsDirectory(journal.resolve("bindings").toString())
                .setLargeMessagesDirectory(journal.resolve("large-messages").toString())
                .setPagingDirectory(journal.resolve("paging").toString())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false);
        try {
            configuration.addAcceptorConfiguration("caregate", "tcp://" + host + ":" + port);
        } catch (Exception e) {
            throw new IllegalStateException("invalid JMS acceptor " + host + ":" + port, e);
        }
        configuration.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                .setExpiryAddress(SimpleString.of(EXPIRY_QUEUE))
                .setMaxDeliveryAttempts(maxDeliveryAttempts)
                .setRedeliveryDelay(redeliveryDelayMillis)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(maxRedeliveryDelayMillis)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true));
        configuration.addQueueConfiguration(QueueConfiguration.of(DEAD_LETTER_QUEUE).setRoutingType(RoutingType.ANYCAST));
        configuration.addQueueConfiguration(QueueConfiguration.of(EXPIRY_QUEUE).setRoutingType(RoutingType.ANYCAST));
        return configuration;
    }

    /** The embedded broker runs without authentication, which is only acceptable where nobody else can connect. */
    private void requireLoopback() {
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalStateException("The embedded JMS broker runs without authentication and may only "
                        + "listen on loopback, not on " + host + ". Use an external broker (CAREGATE_JMS_EMBEDDED=false) "
                        + "to accept connections from other hosts.");
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("unknown JMS host " + host, e);
        }
    }
}
