package org.caregate.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Credits a patient holds for one appointment type (e.g. five sessions bought with a package). Each active
 * appointment of that type the patient attends uses one; booking past the last is a credit deficit.
 */
@Entity
@Table(name = "appointment_type_credit")
public class AppointmentTypeCredit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "appointment_type_id", nullable = false, updatable = false)
    private long appointmentTypeId;

    @Column(name = "total_credits", nullable = false)
    private int totalCredits;

    protected AppointmentTypeCredit() {
    }

    public static AppointmentTypeCredit grant(long organizationId, long userId, long appointmentTypeId, int credits) {
        AppointmentTypeCredit credit = new AppointmentTypeCredit();
        credit.organizationId = organizationId;
        credit.userId = userId;
        credit.appointmentTypeId = appointmentTypeId;
        credit.totalCredits = credits;
        return credit;
    }

    public void regrant(int credits) {
        this.totalCredits = credits;
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public long appointmentTypeId() {
        return appointmentTypeId;
    }

    public int totalCredits() {
        return totalCredits;
    }
}
