package org.caregate.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Deletes what a context no longer needs to keep — relayed events, consumed-event ids, finished deliveries and
 * messages — in batches, so that a purge never holds long locks or one huge transaction. Each context names its own
 * tables and conditions; this only does the deleting. How long rows are kept is {@code CAREGATE_RETENTION_DAYS}
 * (90), read by each context's job through {@link #keep(String)}.
 */
public final class Retention {

    static final int BATCH = 5_000;

    private Retention() {
    }

    /** How long finished rows are kept: {@code days} as configured, at least one day. */
    public static Duration keep(String days) {
        try {
            return Duration.ofDays(Math.max(1, Long.parseLong(days.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofDays(90);
        }
    }

    /**
     * Deletes the rows of {@code table} that match {@code condition}, which holds one {@code ?} for the cut-off
     * instant, in batches; autocommit, outside any transaction.
     *
     * @param table     a constant of the calling context, e.g. {@code webhooks.inbox}, never user input
     * @param key       the table's key column
     * @param condition a constant SQL condition with one {@code ?}, e.g. {@code consumed_at < ?}
     * @return how many rows were deleted
     */
    public static long purge(DataSource dataSource, String table, String key, String condition, Instant cutoff)
            throws SQLException {
        String delete = "DELETE FROM " + table + " WHERE " + key + " IN (SELECT " + key + " FROM " + table
                + " WHERE " + condition + " LIMIT " + BATCH + ")";
        long deleted = 0;
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(delete)) {
            int batch;
            do {
                statement.setTimestamp(1, Timestamp.from(cutoff));
                batch = statement.executeUpdate();
                deleted += batch;
            } while (batch == BATCH);
        }
        return deleted;
    }
}
