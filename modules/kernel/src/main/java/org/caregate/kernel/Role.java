package org.caregate.kernel;

/**
 * The part a person plays in an organization. Patients ("clients") receive care; providers ("dietitians" in
 * the Healthie vocabulary, org role "Standard") give it; staff ("Support" members) run the practice.
 */
public enum Role {
    PATIENT,
    PROVIDER,
    STAFF;

    /** Whether this role belongs to the organization's own people rather than to the people it cares for. */
    public boolean isMember() {
        return this != PATIENT;
    }
}
