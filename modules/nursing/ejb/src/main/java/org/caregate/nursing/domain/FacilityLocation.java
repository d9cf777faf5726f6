package org.caregate.nursing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A building or a department of an organization's facility, grouping its care locations. */
@Entity
@Table(name = "facility_location")
public class FacilityLocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected FacilityLocation() {
    }

    public static FacilityLocation create(long organizationId, LocationKind kind, String name, Instant now) {
        FacilityLocation location = new FacilityLocation();
        location.organizationId = organizationId;
        location.kind = kind.wire();
        location.name = name;
        location.createdAt = now;
        return location;
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public LocationKind kind() {
        return LocationKind.named(kind).orElseThrow();
    }

    public String name() {
        return name;
    }
}
