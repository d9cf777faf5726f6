package org.caregate.identity.domain;

/**
 * A uniqueness rule of the directory refused a new record because a concurrent request took the same place first —
 * the checks before the write saw it free. Repositories raise it only for the constraint that stands for the rule.
 */
public class AlreadyTaken extends RuntimeException {

    /** Which place was taken. */
    public enum Place {
        /** A member's email within an organization. */
        MEMBER_EMAIL,
        /** A patient's email and name within an organization. */
        PATIENT_IDENTITY,
        /** A tag's name among its owner's tags. */
        TAG_NAME
    }

    private final Place place;

    public AlreadyTaken(Place place) {
        super(place + " is already taken", null, false, false);
        this.place = place;
    }

    public Place place() {
        return place;
    }
}
