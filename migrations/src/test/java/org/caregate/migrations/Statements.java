package org.caregate.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** For the migration tests: Flyway over the migrations, and rows written before a migration and read back after it. */
final class Statements {

    private Statements() {
    }

    /** Flyway over Caregate's migrations, creating the schemas an installed database had before V14. */
    static FluentConfiguration flyway(DataSource db) {
        return Flyway.configure().dataSource(db)
                .schemas("caregate", "audit", "identity", "scheduling", "webhooks", "outreach").createSchemas(true)
                .locations("classpath:db/migration").validateMigrationNaming(true);
    }

    static long id(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, parameters); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    static List<Map<String, Object>> rows(Connection c, String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = prepare(c, sql, parameters); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    String type = result.getMetaData().getColumnTypeName(i);
                    Object value = type.equals("timestamptz") ? result.getObject(i, OffsetDateTime.class)
                            : result.getObject(i);
                    row.put(result.getMetaData().getColumnLabel(i), value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** A row as {@link #rows} reads it: column, value, column, value... (values may be null). */
    static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }
}
