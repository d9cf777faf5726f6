package org.caregate.runtime;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.caregate.runtime.api.PlatformStatus;

/** Checks the database and the embedded broker on request. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStatusBean implements PlatformStatus {

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    @EJB
    EmbeddedBroker broker;

    @Override
    public boolean databaseReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Boolean embeddedBrokerActive() {
        return broker.isActive();
    }
}
