package org.caregate.kernel.audit;

import java.util.List;
import org.caregate.kernel.Caller;

/** Where contexts record the changes they make, in the same transaction as the change. */
public interface AuditTrail {

    /**
     * Records that the caller did {@code action} to {@code targetType} {@code targetId}.
     *
     * @param action   a stable, dotted verb such as {@code patient.created}
     * @param targetId the id of the object acted upon, or {@code null} when there is none
     */
    void record(Caller caller, String action, String targetType, String targetId);

    /**
     * Records an update and which fields it changed ({@link ChangedFields}); webhook subscribers receive them as
     * {@code changed_fields}. A trail that keeps no field list records the plain change.
     */
    default void record(Caller caller, String action, String targetType, String targetId, List<String> changedFields) {
        record(caller, action, targetType, targetId);
    }
}
