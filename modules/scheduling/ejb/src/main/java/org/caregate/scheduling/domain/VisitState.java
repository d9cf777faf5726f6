package org.caregate.scheduling.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where an appointment is in Solo's visit lifecycle (seed 004 "Update Appointment" {@code status}). The progress
 * states run forward, {@code scheduled} → {@code arrived} → {@code in progress.intake.*} →
 * {@code in progress.exam.*} → {@code discharge.*} → {@code completed} → {@code sign off}; steps may be skipped, never
 * retraced. {@code cancelled} is possible until the patient is seen (scheduled or arrived), {@code not showed up} only
 * while the patient has not arrived; {@code sign off}, {@code cancelled} and {@code not showed up} are final.
 */
public enum VisitState {
    SCHEDULED("scheduled"),
    ARRIVED("arrived"),
    INTAKE_READY("in progress.intake.ready"),
    INTAKE_PROGRESS("in progress.intake.progress"),
    EXAM_READY("in progress.exam.ready"),
    EXAM_PROGRESS("in progress.exam.progress"),
    DISCHARGE_READY("discharge.ready"),
    DISCHARGE_PROGRESS("discharge.progress"),
    COMPLETED("completed"),
    SIGN_OFF("sign off"),
    CANCELLED("cancelled"),
    NOT_SHOWED_UP("not showed up");

    private final String soloName;

    VisitState(String soloName) {
        this.soloName = soloName;
    }

    /** The name Solo writes and reads. */
    public String soloName() {
        return soloName;
    }

    /** The state Solo calls by this name (exactly as written, lower-case). */
    public static Optional<VisitState> named(String name) {
        return Arrays.stream(values()).filter(state -> state.soloName.equals(name)).findFirst();
    }

    /** Every Solo name, in lifecycle order, for error messages and documentation. */
    public static List<String> names() {
        return Arrays.stream(values()).map(VisitState::soloName).toList();
    }

    /** Whether this state lies between scheduled and completed (kept as scheduling's {@code visit_state}). */
    public boolean isInProgress() {
        return ordinal() >= ARRIVED.ordinal() && ordinal() <= DISCHARGE_PROGRESS.ordinal();
    }

    /** Whether nothing follows this state. */
    public boolean isFinal() {
        return this == SIGN_OFF || this == CANCELLED || this == NOT_SHOWED_UP;
    }

    /** Whether the appointment may go from this state to {@code next} (staying where it is always may). */
    public boolean canMoveTo(VisitState next) {
        if (next == this) {
            return true;
        }
        if (isFinal()) {
            return false;
        }
        return switch (next) {
            case SCHEDULED -> false;
            case CANCELLED -> this == SCHEDULED || this == ARRIVED;
            case NOT_SHOWED_UP -> this == SCHEDULED;
            case SIGN_OFF -> this == COMPLETED;
            case COMPLETED -> this != COMPLETED;
            default -> this != COMPLETED && next.ordinal() > ordinal();
        };
    }
}
