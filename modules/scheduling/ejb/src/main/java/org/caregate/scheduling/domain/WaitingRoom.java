package org.caregate.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A practice's virtual waiting room: EHRs book visits into it by name; the visit goes to one of the
 * room's providers who is free at that time. Its slot duration is the default length of those visits.
 */
@Entity
@Table(name = "waiting_room")
public class WaitingRoom {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "service_line")
    private String serviceLine;

    @Column(name = "service_type")
    private String serviceType;

    @Column(name = "slot_duration_seconds", nullable = false)
    private int slotDurationSeconds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "provider_ids", nullable = false)
    private Long[] providerIds;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WaitingRoom() {
    }

    public static WaitingRoom open(long organizationId, String name, Instant now) {
        WaitingRoom room = new WaitingRoom();
        room.id = UUID.randomUUID();
        room.organizationId = organizationId;
        room.name = name;
        room.slotDurationSeconds = 900;
        room.providerIds = new Long[0];
        room.createdAt = now;
        room.updatedAt = now;
        return room;
    }

    public void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    public void classify(String newServiceLine, String newServiceType, Instant now) {
        this.serviceLine = newServiceLine;
        this.serviceType = newServiceType;
        this.updatedAt = now;
    }

    public void changeSlotDuration(int seconds, Instant now) {
        this.slotDurationSeconds = seconds;
        this.updatedAt = now;
    }

    /** The providers who see visits in this room, in the order they are offered visits. */
    public void staffWith(List<Long> providers, Instant now) {
        this.providerIds = providers.stream().distinct().toArray(Long[]::new);
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public String serviceLine() {
        return serviceLine;
    }

    public String serviceType() {
        return serviceType;
    }

    public Duration slotDuration() {
        return Duration.ofSeconds(slotDurationSeconds);
    }

    public List<Long> providerIds() {
        return List.of(providerIds);
    }
}
