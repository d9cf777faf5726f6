package org.caregate.scheduling.domain;

/**
 * The calendar refused an appointment because a concurrent request got there first: its provider's time is booked
 * (the no-double-booking rule) or its EHR id is used by another appointment. Repositories raise it only for the
 * constraints that stand for these rules.
 */
public class BookingConflict extends RuntimeException {

    /** Which rule refused. */
    public enum Rule {
        /** The provider already has an appointment overlapping this time. */
        TIME_TAKEN,
        /** Another appointment of the organization has this external id. */
        EXTERNAL_ID_TAKEN
    }

    private final Rule rule;

    public BookingConflict(Rule rule) {
        super(rule.toString(), null, false, false);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
