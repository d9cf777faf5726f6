package org.caregate.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;

/**
 * Appends audit records to {@code audit.audit_event}. The connection comes from the JTA data source, so the
 * record commits or rolls back with the change it describes; the table refuses updates and deletes.
 */
public class JdbcAuditTrail implements AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit.audit_event
                (actor_user_id, organization_id, action, target_type, target_id, request_id, client_address)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;

    private final DataSource dataSource;

    public JdbcAuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(Caller caller, String action, String targetType, String targetId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            setNullableLong(insert, 1, caller.userId());
            setNullableLong(insert, 2, caller.organizationId());
            insert.setString(3, action);
            insert.setString(4, targetType);
            insert.setString(5, targetId);
            insert.setString(6, caller.requestId());
            insert.setString(7, caller.clientAddress());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit record for " + action, e);
        }
    }

    private static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
