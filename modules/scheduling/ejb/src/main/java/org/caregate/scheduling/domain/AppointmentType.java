package org.caregate.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A kind of appointment an organization offers ("Initial Consultation", 60 minutes, by video or in person):
 * used for one-to-one and group appointments. Whether patients may book it themselves, and which patient
 * groups may, is decided here. Deleting an appointment type only retires it: booked appointments keep it.
 */
@Entity
@Table(name = "appointment_type")
public class AppointmentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "length_minutes", nullable = false)
    private int lengthMinutes;

    @Column(name = "clients_can_book", nullable = false)
    private boolean clientsCanBook = true;

    @Column(name = "is_group", nullable = false)
    private boolean group;

    @Column(name = "bookable_without_group", nullable = false)
    private boolean bookableWithoutGroup;

    @Column(name = "specific_groups", nullable = false)
    private boolean specificGroups;

    /** "all", or a comma-separated list of patient group ids. */
    @Column(name = "bookable_group_ids")
    private String bookableGroupIds;

    /** The patient group a patient joins by booking this type. */
    @Column(name = "user_group_id")
    private Long userGroupId;

    @Column(name = "is_waitlist_enabled", nullable = false)
    private boolean waitlistEnabled;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "contact_types", nullable = false)
    private String[] contactTypes;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AppointmentType() {
    }

    /** Offers a new kind of appointment, bookable by patients and held in every contact type until told otherwise. */
    public static AppointmentType offer(long organizationId, String name, int lengthMinutes, Instant now) {
        AppointmentType type = new AppointmentType();
        type.organizationId = organizationId;
        type.name = name;
        type.lengthMinutes = lengthMinutes;
        type.contactTypes = Arrays.stream(ContactType.values()).map(ContactType::key).toArray(String[]::new);
        type.createdAt = now;
        type.updatedAt = now;
        return type;
    }

    public void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    public void changeLength(int minutes, Instant now) {
        this.lengthMinutes = minutes;
        this.updatedAt = now;
    }

    public void letClientsBook(boolean allowed, Instant now) {
        this.clientsCanBook = allowed;
        this.updatedAt = now;
    }

    public void holdAsGroup(boolean isGroup, Instant now) {
        this.group = isGroup;
        this.updatedAt = now;
    }

    public void enableWaitlist(boolean enabled, Instant now) {
        this.waitlistEnabled = enabled;
        this.updatedAt = now;
    }

    /** Which patient groups may book: everyone, only listed groups, and/or patients without a group. */
    public void restrictToGroups(boolean specific, String groupIds, boolean withoutGroup, Instant now) {
        this.specificGroups = specific;
        this.bookableGroupIds = groupIds;
        this.bookableWithoutGroup = withoutGroup;
        this.updatedAt = now;
    }

    public void placeBookersInGroup(Long groupId, Instant now) {
        this.userGroupId = groupId;
        this.updatedAt = now;
    }

    public void offerContactTypes(List<ContactType> types, Instant now) {
        this.contactTypes = types.stream().distinct().map(ContactType::key).toArray(String[]::new);
        this.updatedAt = now;
    }

    public void retire(Instant now) {
        this.deletedAt = now;
        this.updatedAt = now;
    }

    /**
     * Whether a patient in the given group (or in none) may book this type: specific groups admit their
     * members ("all" admits every grouped patient), {@code bookable_without_group} admits patients without one.
     */
    public boolean admitsPatientOfGroup(Long patientGroupId) {
        if (!specificGroups) {
            return true;
        }
        if (patientGroupId == null) {
            return bookableWithoutGroup;
        }
        if (bookableGroupIds == null) {
            return false;
        }
        if (bookableGroupIds.strip().equalsIgnoreCase("all")) {
            return true;
        }
        Set<String> ids = Set.of(bookableGroupIds.replace(" ", "").split(","));
        return ids.contains(patientGroupId.toString());
    }

    public boolean offers(ContactType type) {
        return Arrays.asList(contactTypes).contains(type.key());
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public int lengthMinutes() {
        return lengthMinutes;
    }

    public boolean clientsCanBook() {
        return clientsCanBook;
    }

    public boolean isGroup() {
        return group;
    }

    public boolean bookableWithoutGroup() {
        return bookableWithoutGroup;
    }

    public boolean specificGroups() {
        return specificGroups;
    }

    public String bookableGroupIds() {
        return bookableGroupIds;
    }

    public Long userGroupId() {
        return userGroupId;
    }

    public boolean waitlistEnabled() {
        return waitlistEnabled;
    }

    public List<ContactType> contactTypes() {
        return Arrays.stream(contactTypes).map(ContactType::ofKey).toList();
    }

    public boolean isRetired() {
        return deletedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
