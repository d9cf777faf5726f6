package org.caregate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A postal address of a user — a patient's home, a provider's practice — as Healthie's {@code Location}. */
@Entity
@Table(name = "location")
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    private String name;
    private String line1;
    private String line2;
    private String city;
    private String state;
    private String zip;
    private String country;
    private String npi;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Location() {
    }

    /** Records an address for the user. */
    public static Location of(User user, Address address, Instant now) {
        Location location = new Location();
        location.organizationId = user.organizationId();
        location.userId = user.id();
        location.createdAt = now;
        location.readdress(address, now);
        return location;
    }

    /** Replaces the address; a {@code null} part of {@code address} keeps the current one. */
    public void readdress(Address address, Instant now) {
        name = address.name() != null ? address.name() : name;
        line1 = address.line1() != null ? address.line1() : line1;
        line2 = address.line2() != null ? address.line2() : line2;
        city = address.city() != null ? address.city() : city;
        state = address.state() != null ? address.state() : state;
        zip = address.zip() != null ? address.zip() : zip;
        country = address.country() != null ? address.country() : country;
        npi = address.npi() != null ? address.npi() : npi;
        updatedAt = now;
    }

    /** The parts of an address. */
    public record Address(String name, String line1, String line2, String city, String state, String zip,
                          String country, String npi) {
    }

    public Address address() {
        return new Address(name, line1, line2, city, state, zip, country, npi);
    }

    public Long id() {
        return id;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Long userId() {
        return userId;
    }
}
