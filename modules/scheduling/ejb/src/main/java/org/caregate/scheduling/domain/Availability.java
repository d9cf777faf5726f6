package org.caregate.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Time a provider is open for appointments, in the provider's time zone: either one date ("August 16, 2022,
 * 07:30 to 12:30") or the same hours every week on one day, from a first date onwards. The wall-clock hours
 * hold across daylight-saving changes: 09:00 stays 09:00 local time in summer and in winter.
 */
@Entity
@Table(name = "availability")
public class Availability {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "is_repeating", nullable = false)
    private boolean repeating;

    /** 0 for Sunday to 6 for Saturday. */
    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "range_start", nullable = false)
    private LocalDate rangeStart;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(nullable = false)
    private String timezone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Availability() {
    }

    /** Opens a provider's calendar on one date, or weekly from that date when {@code repeating}. */
    public static Availability open(long organizationId, long providerId, OpeningHours hours, Instant now) {
        Availability availability = new Availability();
        availability.organizationId = organizationId;
        availability.createdAt = now;
        availability.change(providerId, hours, now);
        return availability;
    }

    /** Moves the opening to other hours (or another provider's calendar). */
    public void change(long newProviderId, OpeningHours hours, Instant now) {
        this.providerId = newProviderId;
        this.repeating = hours.repeating();
        this.dayOfWeek = hours.dayOfWeek();
        this.rangeStart = hours.firstDate();
        this.startTime = hours.start();
        this.endTime = hours.end();
        this.timezone = hours.zone().getId();
        this.updatedAt = now;
    }

    public OpeningHours hours() {
        return new OpeningHours(repeating, dayOfWeek, rangeStart, startTime, endTime, ZoneId.of(timezone));
    }

    /** The first open period, for display: the date itself, or the first weekly occurrence. */
    public OpenPeriod firstOpening() {
        return hours().firstOpening();
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long providerId() {
        return providerId;
    }

    public boolean repeating() {
        return repeating;
    }

    public int dayOfWeek() {
        return dayOfWeek;
    }

    public LocalDate rangeStart() {
        return rangeStart;
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    /** A period of open time; {@code start} and {@code end} carry the provider's zone. */
    public record OpenPeriod(ZonedDateTime start, ZonedDateTime end) {
    }

    /** Opening hours as the provider states them, in local time of {@code zone}. */
    public record OpeningHours(boolean repeating, int dayOfWeek, LocalDate firstDate, LocalTime start, LocalTime end,
                               ZoneId zone) {

        public OpeningHours {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("opening hours must end after they start");
            }
        }

        /** Sunday is 0, as Healthie counts. */
        static int dayIndex(LocalDate date) {
            return date.getDayOfWeek().getValue() % 7;
        }

        Optional<OpenPeriod> openOn(LocalDate date) {
            boolean open = repeating ? !date.isBefore(firstDate) && dayIndex(date) == dayOfWeek : date.equals(firstDate);
            if (!open) {
                return Optional.empty();
            }
            return Optional.of(new OpenPeriod(ZonedDateTime.of(date, start, zone), ZonedDateTime.of(date, end, zone)));
        }

        OpenPeriod firstOpening() {
            LocalDate date = firstDate;
            if (repeating) {
                while (dayIndex(date) != dayOfWeek) {
                    date = date.plusDays(1);
                }
            }
            return new OpenPeriod(ZonedDateTime.of(date, start, zone), ZonedDateTime.of(date, end, zone));
        }
    }
}
