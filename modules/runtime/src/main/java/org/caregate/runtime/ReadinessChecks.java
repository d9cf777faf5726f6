package org.caregate.runtime;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness as operations see it at {@code /health/ready} on the management port: the database answers and the
 * embedded broker (when this process runs one) is active.
 */
@ApplicationScoped
public class ReadinessChecks {

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @Inject
    EmbeddedBroker broker;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
            } catch (SQLException e) {
                return HealthCheckResponse.named("database").down().withData("error", e.getSQLState()).build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck jmsBroker() {
        return () -> {
            Boolean active = broker.isActive();
            return HealthCheckResponse.named("jms-broker")
                    .status(active == null || active)
                    .withData("embedded", active != null)
                    .build();
        };
    }
}
