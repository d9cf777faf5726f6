package org.caregate.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A BetterPT partner video room: an appointment with a video visit, created by a partner for one of its
 * providers and patients, who may not have accounts here. Keeps what the partner told about them.
 */
@Entity
@Table(name = "partner_video_room")
public class PartnerVideoRoom {

    @Id
    private UUID uid;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private long appointmentId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "partner_customer_id")
    private String partnerCustomerId;

    @Column(name = "partner_provider_email")
    private String partnerProviderEmail;

    @Column(name = "partner_patient_email")
    private String partnerPatientEmail;

    @Column(name = "partner_patient_phone_number")
    private String partnerPatientPhoneNumber;

    @Column(name = "partner_clinic_name")
    private String partnerClinicName;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PartnerVideoRoom() {
    }

    public static PartnerVideoRoom forAppointment(long organizationId, long appointmentId, PartnerDetails details,
                                                  ZoneId zone, Instant now) {
        PartnerVideoRoom room = new PartnerVideoRoom();
        room.uid = UUID.randomUUID();
        room.appointmentId = appointmentId;
        room.organizationId = organizationId;
        room.displayName = details.displayName();
        room.partnerCustomerId = details.partnerCustomerId();
        room.partnerProviderEmail = details.partnerProviderEmail();
        room.partnerPatientEmail = details.partnerPatientEmail();
        room.partnerPatientPhoneNumber = details.partnerPatientPhoneNumber();
        room.partnerClinicName = details.partnerClinicName();
        room.timeZone = zone.getId();
        room.createdAt = now;
        return room;
    }

    public void moveToZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    public UUID uid() {
        return uid;
    }

    public long appointmentId() {
        return appointmentId;
    }

    public long organizationId() {
        return organizationId;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public PartnerDetails details() {
        return new PartnerDetails(displayName, partnerCustomerId, partnerProviderEmail, partnerPatientEmail,
                partnerPatientPhoneNumber, partnerClinicName);
    }

    /** What a partner tells about the people in a room. */
    public record PartnerDetails(String displayName, String partnerCustomerId, String partnerProviderEmail,
                                 String partnerPatientEmail, String partnerPatientPhoneNumber, String partnerClinicName) {
    }
}
