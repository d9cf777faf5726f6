package org.caregate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay against a real PostgreSQL migrated by Caregate's own migrations: two relays (two servers) working
 * one outbox side by side publish every event exactly once, and a failed send leaves its events for the next pass.
 */
class OutboxRelayTest {

    private static EmbeddedPostgres postgres;
    private static DataSource db;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        db = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(db)
                .schemas("caregate", "audit", "identity", "scheduling", "webhooks", "outreach").createSchemas(true)
                .locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void emptyOutbox() throws Exception {
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("DELETE FROM caregate.outbox_event");
        }
    }

    @Test
    void twoRelaysOnOneDatabasePublishEveryEventExactlyOnce() throws Exception {
        List<UUID> written = append(600);
        List<UUID> sent = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch bothClaiming = new CountDownLatch(2);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> server = () -> {
                OutboxRelay relay = new OutboxRelay(50);
                int total = 0;
                try (Connection connection = db.getConnection()) {
                    bothClaiming.countDown();
                    bothClaiming.await(5, TimeUnit.SECONDS);
                    int relayed;
                    do {
                        relayed = relay.relayOnce(connection, events -> {
                            events.forEach(event -> sent.add(event.id()));
                            Thread.sleep(5); // a broker round trip: keeps the claim open while the other relay runs
                        });
                        total += relayed;
                    } while (relayed > 0);
                }
                return total;
            };
            Future<Integer> first = servers.submit(server);
            Future<Integer> second = servers.submit(server);
            int byFirst = first.get(60, TimeUnit.SECONDS);
            int bySecond = second.get(60, TimeUnit.SECONDS);

            assertThat(sent).hasSize(600).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
            assertThat(byFirst + bySecond).isEqualTo(600);
            assertThat(byFirst).as("both servers relayed a share").isPositive();
            assertThat(bySecond).as("both servers relayed a share").isPositive();
            assertThat(unpublished()).isZero();
        } finally {
            servers.shutdownNow();
        }
    }

    @Test
    void aFailedSendLeavesTheClaimedEventsForTheNextPassInOrder() throws Exception {
        List<UUID> written = append(3);
        OutboxRelay relay = new OutboxRelay(10);
        List<UUID> sent = new ArrayList<>();
        try (Connection connection = db.getConnection()) {
            try {
                relay.relayOnce(connection, events -> {
                    sent.add(events.get(0).id()); // the sink got the first one out, then the broker went away
                    throw new IllegalStateException("broker down");
                });
            } catch (IllegalStateException expected) {
                // the pass ends; nothing is marked
            }
            assertThat(unpublished()).isEqualTo(3);
            assertThat(relay.relayOnce(connection, events -> events.forEach(event -> sent.add(event.id()))))
                    .isEqualTo(3);
        }
        assertThat(sent).containsExactly(written.get(0), written.get(0), written.get(1), written.get(2));
        assertThat(unpublished()).isZero();
    }

    @Test
    void relayedEventsOlderThanTheRetentionArePurgedAndTheRestStay() throws Exception {
        // issue 11 finding 12: nothing pruned the outbox
        List<UUID> written = append(3);
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("UPDATE caregate.outbox_event SET published_at = occurred_at WHERE id IN ('"
                    + written.get(0) + "', '" + written.get(1) + "')");
        }
        long purged = org.caregate.platform.persistence.Retention.purge(db, "caregate.outbox_event", "id",
                "published_at < ?", Instant.parse("2026-12-01T08:00:00.0015Z"));
        assertThat(purged).as("the relayed events older than the cut-off").isEqualTo(2);
        try (Connection c = db.getConnection(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT count(*) FROM caregate.outbox_event")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
        assertThat(unpublished()).isEqualTo(1);
    }

    /** Appends events a millisecond apart, oldest first; returns their ids in that order. */
    private static List<UUID> append(int count) throws Exception {
        List<UUID> ids = new ArrayList<>();
        Instant start = Instant.parse("2026-12-01T08:00:00Z");
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO caregate.outbox_event (id, occurred_at, organization_id, type, payload)"
                        + " VALUES (?, ?, 1, 'patient.created', '{}')")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setObject(2, java.sql.Timestamp.from(start.plusMillis(i)));
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    private static int unpublished() throws Exception {
        try (Connection c = db.getConnection();
             ResultSet rows = c.createStatement().executeQuery(
                     "SELECT count(*) FROM caregate.outbox_event WHERE published_at IS NULL")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
