package org.caregate.webhooks.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants in and out of {@code timestamptz} columns, nulls included. */
final class Sql {

    private Sql() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : instant.atOffset(ZoneOffset.UTC));
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Integer integer(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("could not " + what, e);
    }

    /** Binds parameters in order: instants as timestamptz, Long[] as bigint[], the rest as they are. */
    static void bind(Connection db, PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof Instant instant) {
                Sql.setInstant(statement, i + 1, instant);
            } else if (parameter instanceof Long[] longs) {
                statement.setArray(i + 1, db.createArrayOf("bigint", longs));
            } else if (parameter instanceof UUID[] uuids) {
                statement.setArray(i + 1, db.createArrayOf("uuid", uuids));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
    }

}
