package org.caregate.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.caregate.platform.persistence.Constraints;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentSearch;
import org.caregate.scheduling.domain.BookingConflict;
import org.caregate.scheduling.domain.SlotFinder.BusyPeriod;

/**
 * Appointments in PostgreSQL. The schedule lock is a row per provider in {@code scheduling.provider_schedule}
 * taken with {@code SELECT ... FOR UPDATE}; the exclusion constraint {@code appointment_no_double_booking} is
 * the last word should any code path forget it.
 */
@Dependent
public class JpaAppointmentRepository implements AppointmentRepository {

    /** Appointment {@code a} holds its time: neither deleted, nor cancelled, re-scheduled or missed. */
    private static final String ACTIVE = "a.deleted_at IS NULL AND (a.pm_status IS NULL OR a.pm_status = 'Occurred')";

    /** An active appointment {@code a} in the window (?2, ?3), other than appointment ?4. */
    private static final String IN_WINDOW = """

            AND a.starts_at < ?3 AND a.ends_at > ?2 AND a.id <> ?4
            AND\s""" + ACTIVE;

    /**
     * Those of them the providers ?1 (an array) hold themselves. {@code appointment_provider_end} (V43) lets
     * PostgreSQL read as many as end after the window starts instead of the provider's whole past.
     */
    private static final String OWN_IN_WINDOW = """
            FROM scheduling.appointment a WHERE a.provider_id = ANY(?1)""" + IN_WINDOW;

    /**
     * Those of them the providers ?1 join as additional providers: their {@code appointment_provider} rows first
     * (indexed by provider since V43), then each one's appointment by its key. {@code OFFSET 0} keeps that order
     * whatever the statistics say: with a young table's statistics PostgreSQL otherwise went through every appointment
     * in the window, looking up additional providers for each.
     */
    private static final String JOINED_IN_WINDOW = """
            FROM scheduling.appointment_provider extra CROSS JOIN LATERAL (
                SELECT a.id, a.starts_at, a.ends_at FROM scheduling.appointment a
                WHERE a.id = extra.appointment_id""" + IN_WINDOW + """

                OFFSET 0) a
            WHERE extra.provider_id = ANY(?1)""";

    /**
     * Busy time of the providers: native SQL with one array parameter, because Hibernate translates a query with an
     * {@code IN} list again at every execution (ADR 34).
     */
    private static final String BUSY = "SELECT a.provider_id, a.starts_at, a.ends_at " + OWN_IN_WINDOW
            + " UNION ALL SELECT extra.provider_id, a.starts_at, a.ends_at " + JOINED_IN_WINDOW;

    /**
     * The appointments holding the providers' time, each once: their ids first (the two branches' union), then each
     * appointment by its key. Not one join with "own provider or additional provider" (the HQL this replaced): no index
     * serves an {@code OR} across two tables, so each staff booking read every appointment of every organization in
     * the window and every additional provider's row. Not {@code id IN (…)} either: its generic plan hashed the ids
     * and read the whole table to meet them.
     */
    private static final String OVERLAPPING = "SELECT * FROM scheduling.appointment WHERE id = ANY(ARRAY(SELECT a.id "
            + OWN_IN_WINDOW + " UNION SELECT a.id " + JOINED_IN_WINDOW + ")) ORDER BY starts_at, id";

    /** Most appointments of one participant a list starts from; see {@link #where}. */
    static final int FEW = 100;

    /** The constraints that stand for the calendar's rules (V6 migration). */
    private static final Map<String, Supplier<? extends RuntimeException>> BOOKING_RULES = Map.of(
            "appointment_no_double_booking", () -> new BookingConflict(BookingConflict.Rule.TIME_TAKEN),
            "appointment_external_id", () -> new BookingConflict(BookingConflict.Rule.EXTERNAL_ID_TAKEN));

    @PersistenceContext(unitName = "scheduling")
    EntityManager em;

    @Override
    public void add(Appointment appointment) {
        Constraints.guard(() -> em.persist(appointment), BOOKING_RULES);
    }

    @Override
    public Optional<Appointment> find(long organizationId, long id, boolean includeDeleted) {
        return Optional.ofNullable(em.find(Appointment.class, id))
                .filter(a -> a.organizationId() == organizationId && (includeDeleted || !a.isDeleted()));
    }

    @Override
    public Optional<Appointment> findForUpdate(long organizationId, long id) {
        return Optional.ofNullable(em.find(Appointment.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .filter(a -> a.organizationId() == organizationId && !a.isDeleted());
    }

    @Override
    public Optional<Appointment> findByExternalId(long organizationId, String externalId) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.organizationId = :org AND a.externalId = :ext"
                + " AND a.deletedAt IS NULL", Appointment.class)
                .setParameter("org", organizationId).setParameter("ext", externalId).getResultStream().findFirst();
    }

    @Override
    public List<Appointment> ofEpisode(long organizationId, String episodeId, int limit) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.organizationId = :org AND a.episodeOfCareId = :episode"
                        + " AND a.deletedAt IS NULL ORDER BY a.startsAt, a.id", Appointment.class)
                .setParameter("org", organizationId).setParameter("episode", episodeId).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Appointment> startingBetween(long organizationId, Instant from, Instant until, Instant afterStart,
                                             long afterId, int limit) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.organizationId = :org AND a.deletedAt IS NULL"
                        + " AND a.startsAt >= :from AND a.startsAt < :until"
                        + " AND (a.startsAt > :afterStart OR (a.startsAt = :afterStart AND a.id > :afterId))"
                        + " ORDER BY a.startsAt, a.id", Appointment.class)
                .setParameter("org", organizationId).setParameter("from", from).setParameter("until", until)
                .setParameter("afterStart", afterStart).setParameter("afterId", afterId).setMaxResults(limit)
                .getResultList();
    }

    /** A provider's schedule row is written at their first booking; from then on it is only locked. */
    @Override
    public void lockSchedules(long organizationId, Collection<Long> providerIds) {
        for (Long providerId : new TreeSet<>(providerIds)) {
            if (!lockSchedule(providerId)) {
                em.createNativeQuery("INSERT INTO scheduling.provider_schedule (provider_id, organization_id)"
                        + " VALUES (?1, ?2) ON CONFLICT (provider_id) DO NOTHING")
                        .setParameter(1, providerId).setParameter(2, organizationId).executeUpdate();
                if (!lockSchedule(providerId)) {
                    throw new IllegalStateException("the schedule of provider " + providerId + " could not be locked");
                }
            }
        }
    }

    /** Locks the provider's schedule row; {@code false} when they have none yet. */
    private boolean lockSchedule(long providerId) {
        return !em.createNativeQuery("SELECT provider_id FROM scheduling.provider_schedule WHERE provider_id = ?1"
                + " FOR UPDATE").setParameter(1, providerId).getResultList().isEmpty();
    }

    @Override
    public Map<Long, List<BusyPeriod>> busy(Collection<Long> providerIds, Instant from, Instant until,
                                            Long exceptAppointmentId) {
        Map<Long, List<BusyPeriod>> busy = new HashMap<>();
        if (providerIds.isEmpty()) {
            return busy;
        }
        List<?> rows = inWindow(em.createNativeQuery(BUSY), providerIds, from, until, exceptAppointmentId)
                .getResultList();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            busy.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new BusyPeriod((Instant) row[1], (Instant) row[2]));
        }
        return busy;
    }

    @Override
    public List<Appointment> overlapping(Collection<Long> providerIds, Instant from, Instant until,
                                         Long exceptAppointmentId) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        List<?> found = inWindow(em.createNativeQuery(OVERLAPPING, Appointment.class), providerIds, from, until,
                exceptAppointmentId).getResultList();
        return found.stream().map(Appointment.class::cast).toList();
    }

    @Override
    public long activeCountOfType(long patientId, long appointmentTypeId) {
        // the patient's appointments and those they attend first, each by its own index: "patient or attendee" across
        // a left join (the HQL this replaced) read every appointment of every organization, once per credit shown
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM scheduling.appointment a WHERE a.id = ANY(ARRAY(
                            SELECT id FROM scheduling.appointment WHERE patient_id = ?1
                            UNION SELECT appointment_id FROM scheduling.appointment_attendee WHERE user_id = ?1))
                        AND a.appointment_type_id = ?2 AND\s""" + ACTIVE)
                .setParameter(1, patientId).setParameter(2, appointmentTypeId).getSingleResult()).longValue();
    }

    @Override
    public List<Appointment> list(AppointmentSearch search) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Optional<String> where = where(search, parameters);
        if (where.isEmpty()) {
            return List.of();
        }
        String direction = search.order().ascending() ? " ASC" : " DESC";
        Query query = em.createNativeQuery("SELECT a.* FROM scheduling.appointment a WHERE " + where.get()
                + " ORDER BY a." + orderColumn(search) + direction + ", a.id" + direction, Appointment.class);
        parameters.forEach(query::setParameter);
        query.setFirstResult(search.offset());
        if (search.limit() != null) {
            query.setMaxResults(search.limit());
        }
        @SuppressWarnings("unchecked")
        List<Appointment> found = query.getResultList();
        return found;
    }

    @Override
    public long count(AppointmentSearch search) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Optional<String> where = where(search, parameters);
        if (where.isEmpty()) {
            return 0;
        }
        Query query = em.createNativeQuery("SELECT count(*) FROM scheduling.appointment a WHERE " + where.get());
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public void flush() {
        Constraints.guard(em::flush, BOOKING_RULES);
    }

    /**
     * The conditions of a list, in SQL; empty when the participant has no appointment the list would show. A
     * participant's list starts from the ids of their appointments the list would show (in any role, each read by its
     * own index) when there are at most {@link #FEW}: without them PostgreSQL walked the organization's appointments in
     * the list's order until the page was full, so a patient with one appointment, or a user with none, read all of the
     * organization's in the range (4,900 buffers for "upcoming" on a 12,000-appointment organization, 21,000 for
     * "past"; with the ids, 20 or fewer). A participant with more — a busy provider's past — is still listed by
     * that walk, which their own appointments fill quickly.
     */
    private Optional<String> where(AppointmentSearch search, Map<String, Object> parameters) {
        String scope = scope(search, parameters);
        if (search.participantId() == null) {
            return Optional.of(scope);
        }
        List<Long> own = participation(search.participantId(), scope, parameters);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        if (own.size() <= FEW) {
            parameters.put("own", own.toArray(Long[]::new));
            return Optional.of("a.id = ANY(:own) AND " + scope);
        }
        parameters.put("u", search.participantId());
        return Optional.of("(a.provider_id = :u OR a.patient_id = :u OR EXISTS (SELECT 1 FROM"
                + " scheduling.appointment_attendee t WHERE t.appointment_id = a.id AND t.user_id = :u)"
                + " OR EXISTS (SELECT 1 FROM scheduling.appointment_provider t"
                + " WHERE t.appointment_id = a.id AND t.provider_id = :u)) AND " + scope);
    }

    /** The conditions on appointment {@code a} other than whose it is: organization, time, statuses, cursor. */
    private String scope(AppointmentSearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("a.organization_id = :org AND a.deleted_at IS NULL");
        parameters.put("org", search.organizationId());
        switch (search.when()) {
            case FUTURE -> where.append(" AND a.starts_at >= :now");
            case PAST -> where.append(" AND a.starts_at < :now");
            case ENDED -> where.append(" AND a.ends_at < :now");
            case ALL -> {
                // no time limit
            }
        }
        if (search.when() != AppointmentSearch.When.ALL) {
            parameters.put("now", Timestamp.from(search.now()));
        }
        switch (search.statuses()) {
            case ACTIVE -> where.append(" AND (a.pm_status IS NULL OR a.pm_status = 'Occurred')");
            case DID_NOT_OCCUR -> where.append(" AND a.pm_status IN ('No-Show', 'Cancelled', 'Re-Scheduled')");
            case NOT_CANCELLED -> where.append(" AND (a.pm_status IS NULL OR a.pm_status <> 'Cancelled')");
            case ALL -> {
                // every status
            }
        }
        if (search.afterId() != null) {
            Appointment anchor = em.find(Appointment.class, search.afterId());
            if (anchor != null && anchor.organizationId() == search.organizationId()) {
                String column = "a." + orderColumn(search);
                String beyond = search.order().ascending() ? ">" : "<";
                where.append(" AND (").append(column).append(' ').append(beyond).append(" :anchor OR (")
                        .append(column).append(" = :anchor AND a.id ").append(beyond).append(" :anchorId))");
                parameters.put("anchor", Timestamp.from(search.order().byDate() ? anchor.startsAt()
                        : anchor.createdAt()));
                parameters.put("anchorId", anchor.id());
            }
        }
        return where.toString();
    }

    /**
     * The ids of at most {@code FEW + 1} appointments in the scope the user takes part in, in any role, each role read
     * by its own index (an appointment may appear twice).
     */
    private List<Long> participation(long userId, String scope, Map<String, Object> scopeParameters) {
        Query query = em.createNativeQuery("SELECT a.id FROM scheduling.appointment a WHERE a.patient_id = :u AND "
                + scope + " UNION ALL SELECT a.id FROM scheduling.appointment a WHERE a.provider_id = :u AND " + scope
                + " UNION ALL SELECT a.id FROM scheduling.appointment_attendee t JOIN scheduling.appointment a"
                + " ON a.id = t.appointment_id WHERE t.user_id = :u AND " + scope
                + " UNION ALL SELECT a.id FROM scheduling.appointment_provider t JOIN scheduling.appointment a"
                + " ON a.id = t.appointment_id WHERE t.provider_id = :u AND " + scope + " LIMIT :few");
        scopeParameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Number> ids = query.setParameter("u", userId).setParameter("few", FEW + 1).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static String orderColumn(AppointmentSearch search) {
        return search.order().byDate() ? "starts_at" : "created_at";
    }

    /** Binds the providers, the window and the appointment left out to a query built on {@link #IN_WINDOW}. */
    private static Query inWindow(Query query, Collection<Long> providerIds, Instant from, Instant until,
                                  Long exceptAppointmentId) {
        return query.setParameter(1, providerIds.toArray(Long[]::new)).setParameter(2, Timestamp.from(from))
                .setParameter(3, Timestamp.from(until))
                .setParameter(4, exceptAppointmentId == null ? -1L : exceptAppointmentId);
    }
}
