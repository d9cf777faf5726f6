package org.caregate.webhooks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import org.caregate.webhooks.domain.EndpointPolicy;
import org.caregate.webhooks.domain.RetrySchedule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook settings from the environment (docs/operations.md): the endpoint allow-list, the retry schedule (ISO-8601
 * durations; the defaults are seed 001's three days), timeouts and the dispatcher's lease.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "CAREGATE_WEBHOOK_ALLOWED_HOSTS")
    Optional<String> allowedHosts;

    @Inject
    @ConfigProperty(name = "CAREGATE_WEBHOOK_RETRY_FIRST", defaultValue = "PT30S")
    String retryFirst;

    @Inject
    @ConfigProperty(name = "CAREGATE_WEBHOOK_RETRY_LONGEST", defaultValue = "PT8H")
    String retryLongest;

    @Inject
    @ConfigProperty(name = "CAREGATE_WEBHOOK_NOTICE_AFTER", defaultValue = "PT24H")
    String noticeAfter;

    @Inject
    @ConfigProperty(name = "CAREGATE_WEBHOOK_DISABLE_AFTER", defaultValue = "PT72H")
    String disableAfter;

    @Inject
    @ConfigProperty(name = "CAREGATE_WEBHOOK_CONNECT_TIMEOUT", defaultValue = "PT5S")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "CAREGATE_WEBHOOK_RESPONSE_TIMEOUT", defaultValue = "PT10S")
    String responseTimeout;

    /** A new policy per injection point: it is small, and reads the allow-list as configured now. */
    @Produces
    EndpointPolicy endpointPolicy() {
        return new EndpointPolicy(allowedHosts.orElse(""), InetAddress::getAllByName);
    }

    RetrySchedule retrySchedule() {
        return new RetrySchedule(Duration.parse(retryFirst), Duration.parse(retryLongest), Duration.parse(noticeAfter),
                Duration.parse(disableAfter));
    }

    Duration connectTimeout() {
        return Duration.parse(connectTimeout);
    }

    Duration responseTimeout() {
        return Duration.parse(responseTimeout);
    }

    /** How long a claimed delivery is someone's: long enough for one attempt to end, with a margin. */
    Duration lease() {
        return connectTimeout().plus(responseTimeout()).plusSeconds(15);
    }
}
