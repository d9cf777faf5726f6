package org.caregate.nursing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A place a patient is cared for — a room of a building (on a floor) or of a department, or one bed in it — with the
 * bedside device that calls for a virtual nurse and the patient placed there. Its address (floor, room, bed) is
 * unique within its building or department, its device's serial number and its patient within the organization.
 */
@Entity
@Table(name = "care_location")
public class CareLocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "facility_location_id", nullable = false, updatable = false)
    private long facilityLocationId;

    @Column(nullable = false)
    private String name;

    private String floor;

    @Column(nullable = false)
    private String room;

    private String bed;

    @Column(name = "device_serial_number")
    private String deviceSerialNumber;

    @Column(name = "device_type")
    private String deviceType;

    @Column(name = "device_client_id")
    private String deviceClientId;

    @Column(name = "skip_activation", nullable = false)
    private boolean skipActivation;

    @Column(nullable = false)
    private String availability = "offline";

    @Column(name = "patient_id")
    private Long patientId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CareLocation() {
    }

    /** A new care location at this address of the building or department, with no device and nobody placed. */
    public static CareLocation create(FacilityLocation location, String name, String floor, String room, String bed,
                                      Instant now) {
        CareLocation created = new CareLocation();
        created.organizationId = location.organizationId();
        created.facilityLocationId = location.id();
        created.createdAt = now;
        created.rename(name);
        created.readdress(floor, room, bed);
        return created;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** Moves the care location to another floor, room or bed of its building or department. */
    public void readdress(String newFloor, String newRoom, String newBed) {
        this.floor = newFloor;
        this.room = newRoom;
        this.bed = newBed;
    }

    /** Installs a device (replacing any): it is offline until it reports otherwise. */
    public void installDevice(String serialNumber, DeviceType type, String clientId, boolean skip) {
        this.deviceSerialNumber = serialNumber;
        this.deviceType = type.wire();
        this.deviceClientId = clientId;
        this.skipActivation = skip;
        this.availability = "offline";
    }

    /** Records the presence the device reported. */
    public void reportPresence(boolean online) {
        this.availability = online ? "online" : "offline";
    }

    public void place(long patient) {
        this.patientId = patient;
    }

    public void vacate() {
        this.patientId = null;
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long facilityLocationId() {
        return facilityLocationId;
    }

    public String name() {
        return name;
    }

    public String floor() {
        return floor;
    }

    public String room() {
        return room;
    }

    public String bed() {
        return bed;
    }

    public boolean hasDevice() {
        return deviceSerialNumber != null;
    }

    public String deviceSerialNumber() {
        return deviceSerialNumber;
    }

    public Optional<DeviceType> deviceType() {
        return deviceType == null ? Optional.empty() : DeviceType.named(deviceType);
    }

    public String deviceClientId() {
        return deviceClientId;
    }

    public boolean skipActivation() {
        return skipActivation;
    }

    public String availability() {
        return availability;
    }

    public Optional<Long> patientId() {
        return Optional.ofNullable(patientId);
    }
}
