package org.caregate.container;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What the in-container tests read straight from the database. */
final class Rows {

    private Rows() {
    }

    /** The bootstrap organization's owner: {user id, organization id}. */
    static long[] owner(DataSource database) throws SQLException {
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement(
                "SELECT user_id, organization_id FROM identity.membership WHERE is_owner ORDER BY organization_id LIMIT 1");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("the bootstrap organization does not exist");
            }
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    /** A count with one text parameter. */
    static long count(DataSource database, String sql, String parameter) throws SQLException {
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
