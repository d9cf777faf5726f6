package org.caregate.forms.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.caregate.forms.domain.Frequency;
import org.caregate.forms.domain.Recurrence;
import org.caregate.forms.domain.RecurringRequest;
import org.caregate.forms.domain.RequestedCompletion;
import org.caregate.forms.domain.RequestedCompletionRepository;
import org.caregate.platform.persistence.Like;

/**
 * Form completion requests and recurrences in PostgreSQL, in plain SQL on the transaction's connection: claiming due
 * recurrences is one {@code SELECT … FOR UPDATE SKIP LOCKED}, and an occurrence's request is inserted
 * {@code ON CONFLICT DO NOTHING} against the unique (recurrence, occurrence).
 */
@ApplicationScoped
public class JdbcRequestedCompletionRepository implements RequestedCompletionRepository {

    private static final String REQUEST = "r.id, r.organization_id, r.sender_user_id, r.recipient_user_id,"
            + " r.form_template_id, r.status, r.recurring_request_id, r.occurrence_at, r.form_answer_group_id,"
            + " r.created_at, r.completed_at";
    private static final String RECURRING = "id, organization_id, sender_user_id, recipient_user_id,"
            + " form_template_id, frequency, time_of_day, weekday, monthday, zone, ends_on, next_occurrence_at,"
            + " ended_at, created_at";
    private static final String INSERT_REQUEST = "INSERT INTO forms.requested_completion (organization_id,"
            + " sender_user_id, recipient_user_id, form_template_id, status, recurring_request_id, occurrence_at,"
            + " created_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?)";

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource dataSource;

    public JdbcRequestedCompletionRepository() {
    }

    /** Over a data source of the caller's choosing (the tests' PostgreSQL). */
    public JdbcRequestedCompletionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RequestedCompletion add(RequestedCompletion request) {
        return insert(INSERT_REQUEST + " RETURNING id", request).orElseThrow();
    }

    @Override
    public Optional<RequestedCompletion> addOccurrence(RequestedCompletion request) {
        return insert(INSERT_REQUEST + " ON CONFLICT (recurring_request_id, occurrence_at) DO NOTHING RETURNING id",
                request);
    }

    private Optional<RequestedCompletion> insert(String sql, RequestedCompletion r) {
        return query(sql, rows -> rows.getLong(1), r.organizationId(), r.senderId(), r.recipientId(), r.formId(),
                r.recurringRequestId(), utc(r.occurrenceAt()), utc(r.createdAt())).stream().findFirst()
                .map(r::withId);
    }

    @Override
    public Optional<RequestedCompletion> find(long organizationId, long id) {
        return query("SELECT " + REQUEST + " FROM forms.requested_completion r WHERE r.organization_id = ? AND r.id = ?",
                JdbcRequestedCompletionRepository::request, organizationId, id).stream().findFirst();
    }

    @Override
    public Optional<RequestedCompletion> lock(long organizationId, long id) {
        return query("SELECT " + REQUEST + " FROM forms.requested_completion r WHERE r.organization_id = ? AND r.id = ?"
                + " FOR UPDATE", JdbcRequestedCompletionRepository::request, organizationId, id).stream().findFirst();
    }

    @Override
    public void remove(RequestedCompletion request) {
        update("DELETE FROM forms.requested_completion WHERE id = ?", request.id());
    }

    @Override
    public List<RequestedCompletion> search(long organizationId, Long recipientId, String keywords, Boolean completed,
                                            int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + REQUEST + " FROM forms.requested_completion r"
                + " JOIN forms.form_template t ON t.id = r.form_template_id WHERE r.organization_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(organizationId));
        if (recipientId != null) {
            sql.append(" AND r.recipient_user_id = ?");
            parameters.add(recipientId);
        }
        if (keywords != null) {
            sql.append(" AND lower(t.name) LIKE ? ESCAPE '\\'");
            parameters.add("%" + Like.escape(keywords.toLowerCase(Locale.ROOT)) + "%");
        }
        if (completed != null) {
            sql.append(" AND r.status = ?");
            parameters.add(completed ? "completed" : "open");
        }
        sql.append(" ORDER BY r.created_at DESC, r.id DESC OFFSET ? LIMIT ?");
        parameters.add(offset);
        parameters.add(limit);
        return query(sql.toString(), JdbcRequestedCompletionRepository::request, parameters.toArray());
    }

    @Override
    public List<RequestedCompletion> lockOpen(long organizationId, long recipientId, long formId) {
        return query("SELECT " + REQUEST + " FROM forms.requested_completion r WHERE r.organization_id = ?"
                        + " AND r.recipient_user_id = ? AND r.form_template_id = ? AND r.status = 'open'"
                        + " ORDER BY r.id FOR UPDATE", JdbcRequestedCompletionRepository::request, organizationId,
                recipientId, formId);
    }

    @Override
    public void complete(long id, long formAnswerGroupId, Instant at) {
        update("UPDATE forms.requested_completion SET status = 'completed', form_answer_group_id = ?,"
                + " completed_at = ? WHERE id = ?", formAnswerGroupId, utc(at), id);
    }

    @Override
    public RecurringRequest addRecurring(RecurringRequest r) {
        Recurrence recurrence = r.recurrence();
        long id = query("INSERT INTO forms.recurring_request (organization_id, sender_user_id, recipient_user_id,"
                        + " form_template_id, frequency, time_of_day, weekday, monthday, zone, ends_on,"
                        + " next_occurrence_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                rows -> rows.getLong(1), r.organizationId(), r.senderId(), r.recipientId(), r.formId(),
                recurrence.frequency().code(), recurrence.timeOfDay(),
                recurrence.weekday() == null ? null : (short) recurrence.weekday().getValue(),
                recurrence.monthday() == null ? null : recurrence.monthday().shortValue(), recurrence.zone().getId(),
                recurrence.endsOn(), utc(r.nextOccurrenceAt()), utc(r.createdAt())).get(0);
        return new RecurringRequest(id, r.organizationId(), r.senderId(), r.recipientId(), r.formId(), recurrence,
                r.nextOccurrenceAt(), r.endedAt(), r.createdAt());
    }

    @Override
    public Optional<RecurringRequest> lockRecurring(long organizationId, long id) {
        return query("SELECT " + RECURRING + " FROM forms.recurring_request WHERE organization_id = ? AND id = ?"
                + " FOR UPDATE", JdbcRequestedCompletionRepository::recurring, organizationId, id).stream().findFirst();
    }

    @Override
    public List<RecurringRequest> claimDue(Instant now, int limit) {
        return query("SELECT " + RECURRING + " FROM forms.recurring_request WHERE ended_at IS NULL"
                        + " AND next_occurrence_at <= ? ORDER BY next_occurrence_at LIMIT ? FOR UPDATE SKIP LOCKED",
                JdbcRequestedCompletionRepository::recurring, utc(now), limit);
    }

    @Override
    public void advance(long id, Instant next, Instant now) {
        update("UPDATE forms.recurring_request SET next_occurrence_at = ?, ended_at = ? WHERE id = ?", utc(next),
                next == null ? utc(now) : null, id);
    }

    private static RequestedCompletion request(ResultSet row) throws SQLException {
        return new RequestedCompletion(row.getLong("id"), row.getLong("organization_id"),
                row.getLong("sender_user_id"), row.getLong("recipient_user_id"), row.getLong("form_template_id"),
                row.getString("status").equals("completed"), row.getObject("recurring_request_id", Long.class),
                instant(row, "occurrence_at"), row.getObject("form_answer_group_id", Long.class),
                instant(row, "created_at"), instant(row, "completed_at"));
    }

    private static RecurringRequest recurring(ResultSet row) throws SQLException {
        Short weekday = row.getObject("weekday", Short.class);
        Short monthday = row.getObject("monthday", Short.class);
        Recurrence recurrence = new Recurrence(Frequency.named(row.getString("frequency")).orElseThrow(),
                row.getObject("time_of_day", LocalTime.class), weekday == null ? null : DayOfWeek.of(weekday),
                monthday == null ? null : monthday.intValue(), row.getObject("ends_on", LocalDate.class),
                ZoneId.of(row.getString("zone")));
        return new RecurringRequest(row.getLong("id"), row.getLong("organization_id"), row.getLong("sender_user_id"),
                row.getLong("recipient_user_id"), row.getLong("form_template_id"), recurrence,
                instant(row, "next_occurrence_at"), instant(row, "ended_at"), instant(row, "created_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** Reads one value of a row. */
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = prepare(db, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                read.add(reader.read(rows));
            }
            return read;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read or write form requests", e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = prepare(db, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change form requests", e);
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
