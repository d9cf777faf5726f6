package org.caregate.billing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.caregate.billing.domain.RecurringPayment;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two servers charging recurring payments against one PostgreSQL with the real schema (Flyway's migrations): each
 * opens periods in its own transaction after claiming with {@link JpaRecurringPaymentRepository#CLAIM_DUE} — so every
 * due period is opened by one server only — and the unique (recurring payment, period) of the billing items refuses a
 * second item for a period even to a writer that skipped the claim.
 */
class RecurringClaimOnPostgresTest {

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance();

    private static final Instant NOW = Instant.parse("2027-02-07T10:00:00Z");
    private static long offering;
    private static long card;

    /** A migrated database with a weekly package and a card (the extension starts PostgreSQL as each test starts). */
    private static void database() throws SQLException {
        DataSource db = POSTGRES.getEmbeddedPostgres().getPostgresDatabase();
        Flyway.configure().dataSource(db).schemas("caregate", "audit", "identity").createSchemas(true)
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = db.getConnection()) {
            offering = insert(c, "INSERT INTO billing.offering (organization_id, name, price, currency, billing_frequency,"
                    + " visibility_status, created_at, updated_at) VALUES (1, 'Weekly', 40, 'USD', 'Weekly', 'visible',"
                    + " now(), now()) RETURNING id");
            card = insert(c, "INSERT INTO billing.stripe_customer_details (organization_id, patient_id, "
                    + "gateway_customer_id, gateway_payment_method_id, card_type_label, is_default, created_at) "
                    + "VALUES (1, 61, 'cus_1', 'pm_1', 'personal', true, now()) RETURNING id");
        }
    }

    @Test
    void twoServersPollingAtOnceOpenEachDuePeriodOnce() throws Exception {
        database();
        int due = 40;
        List<Long> payments = new ArrayList<>();
        try (Connection c = connection()) {
            for (int i = 0; i < due; i++) {
                payments.add(recurringPayment(c, NOW.minusSeconds(60)));
            }
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = servers.submit(() -> {
                together.await();
                return pollUntilNoneDue();
            });
            Future<Integer> second = servers.submit(() -> {
                together.await();
                return pollUntilNoneDue();
            });
            assertThat(first.get() + second.get()).as("each due period opened by one server only").isEqualTo(due);
        } finally {
            servers.shutdownNow();
        }
        String mine = "recurring_payment_id = ANY (ARRAY" + payments + ")";
        assertThat(count("SELECT count(*) FROM billing.billing_items WHERE " + mine + " AND recurring_period > 1"))
                .as("one period opened after each purchase").isEqualTo(due);
        assertThat(count("SELECT count(DISTINCT charge_key) FROM billing.billing_items WHERE " + mine
                + " AND recurring_period = 2")).as("period 2 of each, under its own key").isEqualTo(due);
        assertThat(count("SELECT count(*) FROM billing.recurring_payment WHERE id = ANY (ARRAY" + payments
                + ") AND last_period = 2 AND next_payment_at > '" + NOW + "'")).as("advanced, not due again")
                .isEqualTo(due);
    }

    @Test
    void aRecurringPaymentOneServerHoldsIsSkippedAndItsPeriodStaysUnique() throws Exception {
        database();
        long payment;
        try (Connection c = connection()) {
            payment = recurringPayment(c, NOW.minusSeconds(1));
        }
        try (Connection first = connection(); Connection second = connection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            assertThat(claim(first, 100)).contains(payment);
            assertThat(claim(second, 100)).as("held by the first: skipped, not waited for").doesNotContain(payment);
            openPeriod(first, payment);
            first.commit();
            assertThatThrownBy(() -> addItem(second, payment, 2)).as("one billing item per period")
                    .isInstanceOf(SQLException.class).hasMessageContaining("billing_items_recurring_period");
            second.rollback();
        }
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            assertThat(claim(c, 100)).as("advanced: not due again").doesNotContain(payment);
            c.rollback();
        }
    }

    @Test
    void aRecurringPaymentWhoseFirstPaymentIsNotPaidIsNeverClaimed() throws Exception {
        database();
        long declined;
        long pending;
        long paid;
        try (Connection c = connection()) {
            declined = recurringPayment(c, NOW.minusSeconds(60), "FAILED");
            pending = recurringPayment(c, NOW.minusSeconds(60), "PENDING");
            paid = recurringPayment(c, NOW.minusSeconds(60), "SUCCEEDED");
        }
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            assertThat(claim(c, 100)).as("a declined purchase charges no second period; a pending one waits for "
                    + "the reconciler").contains(paid).doesNotContain(declined, pending);
            c.rollback();
        }
        try (Connection c = connection()) {
            c.createStatement().executeUpdate("UPDATE billing.billing_items SET state = 'SUCCEEDED' WHERE "
                    + "recurring_payment_id = " + declined + " AND recurring_period = 1");
            c.setAutoCommit(false);
            assertThat(claim(c, 100)).as("the purchase resent and paid: charged on").contains(declined, paid)
                    .doesNotContain(pending);
            c.rollback();
        }
    }

    /** One server: claims batches of five, each batch a transaction, until none is due; answers the periods opened. */
    private static int pollUntilNoneDue() throws SQLException {
        int opened = 0;
        List<Long> batch;
        do {
            try (Connection c = connection()) {
                c.setAutoCommit(false);
                batch = claim(c, 5);
                for (long payment : batch) {
                    openPeriod(c, payment);
                }
                c.commit();
            }
            opened += batch.size();
        } while (!batch.isEmpty());
        return opened;
    }

    private static List<Long> claim(Connection c, int limit) throws SQLException {
        try (PreparedStatement claim = c.prepareStatement(JpaRecurringPaymentRepository.CLAIM_DUE
                .replace("?1", "?").replace("?2", "?"))) {
            claim.setTimestamp(1, Timestamp.from(NOW));
            claim.setInt(2, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** What opening a period writes: the schedule advanced a week, and the period's pending billing item. */
    private static void openPeriod(Connection c, long payment) throws SQLException {
        try (PreparedStatement advance = c.prepareStatement("UPDATE billing.recurring_payment SET last_period = "
                + "last_period + 1, next_step = next_step + 1, next_payment_at = next_payment_at + interval '7 days' "
                + "WHERE id = ? RETURNING last_period")) {
            advance.setLong(1, payment);
            try (ResultSet row = advance.executeQuery()) {
                row.next();
                addItem(c, payment, row.getInt(1));
            }
        }
    }

    private static void addItem(Connection c, long payment, int period) throws SQLException {
        addItem(c, payment, period, "PENDING");
    }

    private static void addItem(Connection c, long payment, int period, String state) throws SQLException {
        try (PreparedStatement item = c.prepareStatement("INSERT INTO billing.billing_items (organization_id, "
                + "sender_id, card_id, amount, currency, state, fingerprint, charge_key, reconcile_after, created_at, "
                + "updated_at, offering_id, recurring_payment_id, recurring_period) VALUES (1, 61, ?, 40, 'USD', "
                + "?, repeat('0', 64), ?, now(), now(), now(), ?, ?, ?)")) {
            item.setLong(1, card);
            item.setString(2, state);
            item.setString(3, RecurringPayment.periodKey(payment, period));
            item.setLong(4, offering);
            item.setLong(5, payment);
            item.setInt(6, period);
            item.executeUpdate();
        }
    }

    /** A weekly recurring payment due at {@code next} whose purchase (period 1) was paid. */
    private static long recurringPayment(Connection c, Instant next) throws SQLException {
        return recurringPayment(c, next, "SUCCEEDED");
    }

    /** A weekly recurring payment due at {@code next}, its purchase (period 1) in {@code firstState}. */
    private static long recurringPayment(Connection c, Instant next, String firstState) throws SQLException {
        long payment = insert(c, "INSERT INTO billing.recurring_payment (organization_id, offering_id, patient_id, "
                + "card_id, amount, currency, frequency, anchor_at, next_step, next_payment_at, last_period, state, "
                + "created_at, updated_at) VALUES (1, " + offering + ", 61, " + card + ", 40, 'USD', 'Weekly', '"
                + next.minusSeconds(7 * 86_400) + "', 1, '" + next + "', 1, 'ACTIVE', now(), now()) RETURNING id");
        addItem(c, payment, 1, firstState);
        return payment;
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (ResultSet id = c.createStatement().executeQuery(sql)) {
            id.next();
            return id.getLong(1);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connection() throws SQLException {
        return POSTGRES.getEmbeddedPostgres().getPostgresDatabase().getConnection();
    }
}
