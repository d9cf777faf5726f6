package org.caregate.forms.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.caregate.forms.domain.Frequency;
import org.caregate.forms.domain.Recurrence;
import org.caregate.forms.domain.RecurringRequest;
import org.caregate.forms.domain.RequestedCompletion;
import org.caregate.forms.infrastructure.JdbcRequestedCompletionRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two servers polling the same database at once: each claims due recurrences in its own transaction with
 * {@code FOR UPDATE SKIP LOCKED}, so every occurrence is sent exactly once; and the unique (recurrence, occurrence)
 * refuses a second request for an occurrence even to a writer that skipped the claim.
 */
class RecurringRequestsOnPostgresTest {

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance();

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Recurrence DAILY = new Recurrence(Frequency.DAILY, LocalTime.of(9, 0), null, null, null,
            ZoneOffset.UTC);

    private final TransactionPerThread transactions = new TransactionPerThread();
    private final JdbcRequestedCompletionRepository repository = new JdbcRequestedCompletionRepository(transactions);
    private long form;

    /** A fresh, migrated database with one template (the extension starts PostgreSQL as each test starts). */
    private void database() throws SQLException {
        DataSource db = POSTGRES.getEmbeddedPostgres().getPostgresDatabase();
        Flyway.configure().dataSource(db).schemas("caregate", "audit", "identity", "scheduling", "webhooks",
                "outreach", "forms").createSchemas(true).locations("classpath:db/migration").cleanDisabled(false)
                .load().clean();
        Flyway.configure().dataSource(db).schemas("caregate", "audit", "identity", "scheduling", "webhooks",
                "outreach", "forms").createSchemas(true).locations("classpath:db/migration").load().migrate();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO forms.form_template (organization_id, owner_user_id, name, created_at, updated_at)"
                        + " VALUES (1, 7, 'Intake', now(), now()) RETURNING id");
             ResultSet id = insert.executeQuery()) {
            id.next();
            form = id.getLong(1);
        }
    }

    @Test
    void twoServersPollingAtOnceSendEachDueOccurrenceOnce() throws Exception {
        database();
        int recurrences = 40;
        transactions.run(() -> {
            for (int i = 0; i < recurrences; i++) {
                repository.addRecurring(new RecurringRequest(0, 1, 7, 20, form, DAILY,
                        Instant.parse("2026-12-01T09:00:00Z"), null, NOW.minusSeconds(86_400)));
            }
            return null;
        });
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> polled = List.of(servers.submit(this::pollUntilNoneDue),
                    servers.submit(this::pollUntilNoneDue));
            int handled = polled.get(0).get() + polled.get(1).get();
            assertEquals(recurrences, handled, "each recurrence claimed by one server only");
        } finally {
            servers.shutdownNow();
        }
        assertEquals(recurrences, count("SELECT count(*) FROM forms.requested_completion"));
        assertEquals(recurrences, count("SELECT count(DISTINCT recurring_request_id) FROM forms.requested_completion"
                + " WHERE occurrence_at = '2026-12-01T09:00:00Z'"));
        assertEquals(recurrences, count("SELECT count(*) FROM forms.recurring_request"
                + " WHERE next_occurrence_at = '2026-12-02T09:00:00Z'"));
    }

    @Test
    void aRecurrenceOneServerHoldsIsSkippedByTheOtherAndTheOccurrenceStaysUnique() throws Exception {
        database();
        long id = transactions.run(() -> repository.addRecurring(new RecurringRequest(0, 1, 7, 20, form, DAILY,
                Instant.parse("2026-12-01T09:00:00Z"), null, NOW)).id());
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            transactions.run(() -> {
                assertEquals(1, repository.claimDue(NOW, 10).size());
                assertEquals(0, other.submit(() -> transactions.run(() -> repository.claimDue(NOW, 10))).get().size(),
                        "held by the first: skipped, not waited for");
                RequestedCompletion occurrence = RequestedCompletion.open(1, 7, 20, form, id,
                        Instant.parse("2026-12-01T09:00:00Z"), NOW);
                assertTrue(repository.addOccurrence(occurrence).isPresent());
                assertEquals(Optional.empty(), repository.addOccurrence(occurrence), "one request per occurrence");
                repository.advance(id, Instant.parse("2026-12-02T09:00:00Z"), NOW);
                return null;
            });
            assertEquals(0, other.submit(() -> transactions.run(() -> repository.claimDue(NOW, 10))).get().size(),
                    "advanced: not due again");
        } finally {
            other.shutdownNow();
        }
        assertEquals(1, count("SELECT count(*) FROM forms.requested_completion"));
    }

    /** One server: polls in batches of five, each batch a transaction, until none is due; returns what it handled. */
    private int pollUntilNoneDue() throws Exception {
        InMemoryForms forms = new InMemoryForms();
        forms.now = NOW;
        forms.completions.requests = repository;
        int handled = 0;
        int batch;
        do {
            batch = transactions.run(() -> forms.completions.sendDue(5));
            handled += batch;
        } while (batch > 0);
        return handled;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = POSTGRES.getEmbeddedPostgres().getPostgresDatabase().getConnection();
             ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * A data source giving each thread one connection for the length of {@link #run}, committed at its end: what the
     * container's JTA data source does for a transaction.
     */
    private static final class TransactionPerThread extends DelegatingDataSource {

        private final ThreadLocal<Connection> current = new ThreadLocal<>();

        <T> T run(Callable<T> work) throws Exception {
            try (Connection connection = POSTGRES.getEmbeddedPostgres().getPostgresDatabase().getConnection()) {
                connection.setAutoCommit(false);
                current.set(connection);
                try {
                    T result = work.call();
                    connection.commit();
                    return result;
                } catch (Exception | AssertionError e) {
                    connection.rollback();
                    throw e;
                } finally {
                    current.remove();
                }
            }
        }

        @Override
        public Connection getConnection() {
            Connection connection = current.get();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> method.getName().equals("close")
                            ? null : method.invoke(connection, arguments));
        }
    }
}
