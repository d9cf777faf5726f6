package org.caregate.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The booking rules a provider set for their calendar, or that an appointment type carries as its own. A type's
 * own rules win over its provider's.
 */
@Entity
@Table(name = "appointment_setting")
public class AppointmentSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "provider_id", updatable = false)
    private Long providerId;

    @Column(name = "appointment_type_id", updatable = false)
    private Long appointmentTypeId;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(name = "calendar_interval_minutes", nullable = false)
    private int calendarIntervalMinutes;

    @Column(name = "minimum_advance_schedule_time", nullable = false)
    private int minimumAdvanceScheduleTime;

    @Column(name = "minimum_advance_cancel_time", nullable = false)
    private int minimumAdvanceCancelTime;

    @Column(name = "minimum_advance_reschedule_time", nullable = false)
    private int minimumAdvanceRescheduleTime;

    @Column(name = "allow_clients_to_cancel_appt", nullable = false)
    private boolean allowClientsToCancel;

    @Column(name = "allow_clients_to_reschedule_appt", nullable = false)
    private boolean allowClientsToReschedule;

    @Column(name = "allow_past_appointment_rescheduling", nullable = false)
    private boolean allowPastAppointmentRescheduling;

    @Column(name = "end_reminder_one_hour_before", nullable = false)
    private boolean endReminderOneHourBefore;

    @Column(name = "ask_clients_to_confirm", nullable = false)
    private boolean askClientsToConfirm;

    @Column(name = "cant_cancel_message")
    private String cantCancelMessage;

    @Column(name = "cant_reschedule_message")
    private String cantRescheduleMessage;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AppointmentSetting() {
    }

    /** A provider's own booking rules. */
    public static AppointmentSetting ofProvider(long organizationId, long providerId, BookingRules rules, Instant now) {
        AppointmentSetting setting = new AppointmentSetting();
        setting.organizationId = organizationId;
        setting.providerId = providerId;
        setting.createdAt = now;
        setting.adopt(rules, now);
        return setting;
    }

    /** Rules an appointment type carries whoever's calendar it is booked on. */
    public static AppointmentSetting ofAppointmentType(long organizationId, long appointmentTypeId, BookingRules rules,
                                                       Instant now) {
        AppointmentSetting setting = new AppointmentSetting();
        setting.organizationId = organizationId;
        setting.appointmentTypeId = appointmentTypeId;
        setting.createdAt = now;
        setting.adopt(rules, now);
        return setting;
    }

    /** Replaces the rules as a whole. */
    public void adopt(BookingRules rules, Instant now) {
        bufferMinutes = rules.bufferMinutes();
        calendarIntervalMinutes = rules.calendarIntervalMinutes();
        minimumAdvanceScheduleTime = rules.minimumAdvanceScheduleMinutes();
        minimumAdvanceCancelTime = rules.minimumAdvanceCancelMinutes();
        minimumAdvanceRescheduleTime = rules.minimumAdvanceRescheduleMinutes();
        allowClientsToCancel = rules.clientsMayCancel();
        allowClientsToReschedule = rules.clientsMayReschedule();
        allowPastAppointmentRescheduling = rules.pastAppointmentsReschedulable();
        endReminderOneHourBefore = rules.endReminderOneHourBefore();
        askClientsToConfirm = rules.askClientsToConfirm();
        cantCancelMessage = rules.cantCancelMessage();
        cantRescheduleMessage = rules.cantRescheduleMessage();
        updatedAt = now;
    }

    public BookingRules rules() {
        return new BookingRules(bufferMinutes, calendarIntervalMinutes, minimumAdvanceScheduleTime,
                minimumAdvanceCancelTime, minimumAdvanceRescheduleTime, allowClientsToCancel, allowClientsToReschedule,
                allowPastAppointmentRescheduling, endReminderOneHourBefore, askClientsToConfirm, cantCancelMessage,
                cantRescheduleMessage);
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

    public Long appointmentTypeId() {
        return appointmentTypeId;
    }
}
