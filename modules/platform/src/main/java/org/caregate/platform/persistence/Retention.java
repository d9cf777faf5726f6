package org.caregate.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Deletes what a context no longer needs to keep — relayed events, consumed-event ids, finished deliveries and
 * messages — in batches, so that a purge never holds long locks or one huge transaction. Each context names its own
 * tables and conditions; this only does the deleting. How long rows are kept is {@code CAREGATE_RETENTION_DAYS}
 * (90), read by each context's hourly job and handed to {@link #purgeAll}.
 */
public final class Retention {

    static final int BATCH = 5_000;

    /**
     * One kind of rows a context purges.
     *
     * @param what      what they are called in the log, e.g. "consumed event ids"
     * @param table     a constant of the calling context, e.g. {@code webhooks.inbox}, never user input
     * @param key       the table's key column
     * @param condition a constant SQL condition with one {@code ?} for the cut-off, e.g. {@code consumed_at < ?}
     */
    public record Rows(String what, String table, String key, String condition) {
    }

    private Retention() {
    }

    /**
     * Purges each kind of rows, in order, kept longer than {@code retentionDays}; logs what went, or why nothing
     * could go now (the next hour tries again).
     *
     * @param history what the rows are together, for the log, e.g. "Webhook history"
     */
    public static void purgeAll(DataSource dataSource, String retentionDays, Logger log, String history,
                                Rows... kinds) {
        Instant cutoff = Instant.now().minus(keep(retentionDays));
        try {
            List<String> purged = new ArrayList<>();
            for (Rows kind : kinds) {
                long deleted = purge(dataSource, kind.table(), kind.key(), kind.condition(), cutoff);
                if (deleted > 0) {
                    purged.add(deleted + " " + kind.what());
                }
            }
            if (!purged.isEmpty()) {
                log.infof("Purged %s older than %s", String.join(", ", purged), cutoff);
            }
        } catch (SQLException e) {
            log.warnf("%s could not be purged now (%s); the next hour tries again", history, e.getMessage());
        }
    }

    /** How long finished rows are kept: {@code days} as configured, at least one day. */
    static Duration keep(String days) {
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
