package org.caregate.scheduling.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.caregate.kernel.error.InvalidInputException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A patient's (or a group's) time with a provider. Booked by staff, by the patient, or by an EHR into a
 * waiting room; moved, cancelled, marked as occurred or no-show; deleted only softly. An active appointment
 * (not deleted, not cancelled, re-scheduled or no-show) holds its time on the provider's calendar — the
 * database refuses a second one over it unless staff overbooked on purpose. Once the provider has started its
 * video session (seed 000), the appointment is frozen: it can no longer be moved, cancelled or deleted.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "patient_id")
    private Long patientId;

    @Column(name = "appointment_type_id")
    private Long appointmentTypeId;

    @Column(name = "waiting_room_id")
    private UUID waitingRoomId;

    @Column(name = "contact_type")
    private String contactType;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private String timezone;

    @Column(name = "pm_status")
    private String pmStatus;

    /** Solo's in-visit state between scheduled and the outcome (arrived … discharge), or "sign off" after it. */
    @Column(name = "visit_state")
    private String visitState;

    @Column(name = "is_group", nullable = false)
    private boolean group;

    @Column(nullable = false)
    private boolean overbooked;

    private String location;

    private String notes;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "account_number")
    private String accountNumber;

    @Column(name = "episode_of_care_id")
    private String episodeOfCareId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] reasons = new String[0];

    @Column(name = "booked_by")
    private Long bookedBy;

    @ElementCollection
    @CollectionTable(name = "appointment_attendee", joinColumns = @JoinColumn(name = "appointment_id"))
    @Column(name = "user_id")
    private Set<Long> attendeeIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "appointment_provider", joinColumns = @JoinColumn(name = "appointment_id"))
    @Column(name = "provider_id")
    private Set<Long> additionalProviderIds = new LinkedHashSet<>();

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "session_started_at")
    private Instant sessionStartedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Appointment() {
    }

    /**
     * Books time on a provider's calendar.
     *
     * @param booking who, when, what, and whether staff placed it over availability on purpose
     */
    public static Appointment book(Booking booking, Instant now) {
        Appointment appointment = new Appointment();
        appointment.organizationId = booking.organizationId();
        appointment.providerId = booking.providerId();
        appointment.patientId = booking.patientId();
        appointment.appointmentTypeId = booking.appointmentTypeId();
        appointment.waitingRoomId = booking.waitingRoomId();
        appointment.contactType = booking.contactType() == null ? null : booking.contactType().key();
        appointment.startsAt = booking.start();
        appointment.endsAt = booking.start().plus(booking.length());
        appointment.timezone = booking.zone().getId();
        appointment.group = booking.group();
        appointment.overbooked = booking.overbooked();
        appointment.location = booking.location();
        appointment.notes = booking.notes();
        appointment.bookedBy = booking.bookedBy();
        appointment.attendeeIds.addAll(booking.attendeeIds());
        appointment.additionalProviderIds.addAll(booking.additionalProviderIds());
        appointment.createdAt = now;
        appointment.updatedAt = now;
        return appointment;
    }

    /**
     * Moves the appointment to a new start, keeping its length unless a new one is given.
     *
     * @param field the input a refusal names
     * @throws InvalidInputException once the video session has started
     */
    public void reschedule(Instant newStart, Duration newLength, boolean overbook, String field, Instant now) {
        requireNotStarted(field);
        Duration length = newLength != null ? newLength : length();
        this.startsAt = newStart;
        this.endsAt = newStart.plus(length);
        this.overbooked = overbook;
        this.updatedAt = now;
    }

    /**
     * Records what became of the appointment (or clears it with {@code null}). Whether it occurred or the patient
     * did not show up may be recorded at any time; cancelled and re-scheduled not once the session has started.
     *
     * @param field the input a refusal names
     */
    public void recordOutcome(PostMeetingStatus status, String field, Instant now) {
        if (status == PostMeetingStatus.CANCELLED || status == PostMeetingStatus.RE_SCHEDULED) {
            requireNotStarted(field);
        }
        this.pmStatus = status == null ? null : status.label();
        this.updatedAt = now;
    }

    /**
     * Calls the appointment off; it stays on calendars' records as cancelled.
     *
     * @param field the input a refusal names
     * @throws InvalidInputException once the video session has started
     */
    public void cancel(String field, Instant now) {
        recordOutcome(PostMeetingStatus.CANCELLED, field, now);
    }

    /**
     * Cancels the appointment because the room it was held for was thrown away (the teleconsultation service's
     * trash), whatever happened in its session.
     */
    public void withdrawWithItsRoom(Instant now) {
        this.pmStatus = PostMeetingStatus.CANCELLED.label();
        this.updatedAt = now;
    }

    /**
     * Removes the appointment from every calendar and list; it stays on record.
     *
     * @param field the input a refusal names
     * @throws InvalidInputException once the video session has started
     */
    public void delete(String field, Instant now) {
        requireNotStarted(field);
        this.deletedAt = now;
        this.updatedAt = now;
    }

    public void changeContactType(ContactType type, Instant now) {
        this.contactType = type.key();
        this.updatedAt = now;
    }

    public void changeType(long typeId, Instant now) {
        this.appointmentTypeId = typeId;
        this.updatedAt = now;
    }

    public void assignProvider(Long newProviderId, Instant now) {
        this.providerId = newProviderId;
        this.updatedAt = now;
    }

    public void changeLocationAndNotes(String newLocation, String newNotes, Instant now) {
        if (newLocation != null) {
            this.location = newLocation;
        }
        if (newNotes != null) {
            this.notes = newNotes;
        }
        this.updatedAt = now;
    }

    /** What an EHR keeps about the visit: reasons, its own appointment id, encounter and episode of care. */
    public void describeForEhr(List<String> newReasons, String newExternalId, String newAccountNumber,
                               String newEpisodeOfCareId, Instant now) {
        if (newReasons != null) {
            this.reasons = newReasons.toArray(String[]::new);
        }
        if (newExternalId != null) {
            this.externalId = newExternalId;
        }
        if (newAccountNumber != null) {
            this.accountNumber = newAccountNumber;
        }
        if (newEpisodeOfCareId != null) {
            this.episodeOfCareId = newEpisodeOfCareId;
        }
        this.updatedAt = now;
    }

    /** Groups the visit into an episode of care, or ({@code episodeId} null) takes it out of the one it was in. */
    public void joinEpisode(String episodeId, Instant now) {
        this.episodeOfCareId = episodeId;
        this.updatedAt = now;
    }

    /**
     * The provider started the appointment's video session: from now on the appointment is frozen. The first start
     * counts; starting again changes nothing.
     */
    public void recordSessionStarted(Instant startedAt) {
        if (sessionStartedAt == null) {
            sessionStartedAt = startedAt;
        }
    }

    /**
     * Where the appointment is in Solo's visit lifecycle: the outcome when one is recorded (completed, then possibly
     * signed off; not showed up; cancelled, as is a re-scheduled or deleted one), else the in-visit state.
     */
    public VisitState visitState() {
        if (deletedAt != null) {
            return VisitState.CANCELLED;
        }
        Optional<PostMeetingStatus> outcome = outcome();
        if (outcome.isPresent()) {
            return switch (outcome.get()) {
                case CANCELLED, RE_SCHEDULED -> VisitState.CANCELLED;
                case NO_SHOW -> VisitState.NOT_SHOWED_UP;
                case OCCURRED -> VisitState.SIGN_OFF.soloName().equals(visitState) ? VisitState.SIGN_OFF
                        : VisitState.COMPLETED;
            };
        }
        return VisitState.named(visitState).filter(VisitState::isInProgress).orElse(VisitState.SCHEDULED);
    }

    /**
     * Moves the appointment along Solo's visit lifecycle ({@link VisitState}): completed and not showed up are
     * recorded as the outcome, cancelled as a cancellation (refused once the session has started).
     *
     * @param field the input a refusal names
     * @return whether the state changed (moving to the state it is in changes nothing)
     * @throws InvalidInputException when the lifecycle does not allow the move
     */
    public boolean moveTo(VisitState next, String field, Instant now) {
        VisitState current = visitState();
        if (next == current) {
            return false;
        }
        if (!current.canMoveTo(next)) {
            throw new InvalidInputException(field, "cannot change from \"" + current.soloName() + "\" to \""
                    + next.soloName() + "\"");
        }
        switch (next) {
            case CANCELLED -> cancel(field, now);
            case NOT_SHOWED_UP -> recordOutcome(PostMeetingStatus.NO_SHOW, field, now);
            case COMPLETED -> recordOutcome(PostMeetingStatus.OCCURRED, field, now);
            default -> {
                this.visitState = next.soloName();
                this.updatedAt = now;
            }
        }
        return true;
    }

    /** The patient arrived for the visit (opened its page in the window): a scheduled appointment is now arrived. */
    public boolean recordArrival(Instant now) {
        if (visitState() != VisitState.SCHEDULED) {
            return false;
        }
        this.visitState = VisitState.ARRIVED.soloName();
        this.updatedAt = now;
        return true;
    }

    /** Whether the provider has started the video session (and the appointment is frozen). */
    public boolean isSessionStarted() {
        return sessionStartedAt != null;
    }

    public Instant sessionStartedAt() {
        return sessionStartedAt;
    }

    private void requireNotStarted(String field) {
        if (sessionStartedAt != null) {
            throw new InvalidInputException(field, "The session has started and can no longer be changed");
        }
    }

    /** Not deleted and not cancelled, re-scheduled or no-show: it holds its time. */
    public boolean isActive() {
        return deletedAt == null && (pmStatus == null || PostMeetingStatus.OCCURRED.label().equals(pmStatus));
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Whether this user takes part as patient, attendee, provider or additional provider. */
    public boolean involves(long userId) {
        return Long.valueOf(userId).equals(patientId) || Long.valueOf(userId).equals(providerId)
                || attendeeIds.contains(userId) || additionalProviderIds.contains(userId);
    }

    /**
     * Whether this patient's appointment is theirs alone to move or cancel: a 1:1 appointment they are the patient of.
     * A group appointment belongs to all its attendees, so only staff change it.
     */
    public boolean isPatientsOwn(long userId) {
        return !group && Long.valueOf(userId).equals(patientId);
    }

    /** What became of the appointment, once someone recorded it; empty while it is still to happen. */
    public Optional<PostMeetingStatus> outcome() {
        return PostMeetingStatus.labelled(pmStatus);
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public Long providerId() {
        return providerId;
    }

    public Long patientId() {
        return patientId;
    }

    public Long appointmentTypeId() {
        return appointmentTypeId;
    }

    public UUID waitingRoomId() {
        return waitingRoomId;
    }

    public ContactType contactType() {
        return contactType == null ? null : ContactType.ofKey(contactType);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    public String pmStatus() {
        return pmStatus;
    }

    public boolean isGroup() {
        return group;
    }

    public boolean overbooked() {
        return overbooked;
    }

    public String location() {
        return location;
    }

    public String notes() {
        return notes;
    }

    public String externalId() {
        return externalId;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public String episodeOfCareId() {
        return episodeOfCareId;
    }

    public List<String> reasons() {
        return List.of(reasons);
    }

    public List<Long> attendeeIds() {
        return List.copyOf(attendeeIds);
    }

    public List<Long> additionalProviderIds() {
        return List.copyOf(additionalProviderIds);
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Everything needed to book an appointment. */
    public record Booking(long organizationId, Long providerId, Long patientId, Long appointmentTypeId,
                          UUID waitingRoomId, ContactType contactType, Instant start, Duration length, ZoneId zone,
                          boolean group, boolean overbooked, String location, String notes, Long bookedBy,
                          Set<Long> attendeeIds, Set<Long> additionalProviderIds) {
    }
}
