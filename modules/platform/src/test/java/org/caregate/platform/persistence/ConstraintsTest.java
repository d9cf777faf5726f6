package org.caregate.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which constraint a failure violated, read from PostgreSQL's own messages; anything else names none. */
class ConstraintsTest {

    @Test
    void aUniqueOrExclusionViolationNamesItsConstraint() {
        assertThat(Constraints.violated(new PersistenceException("could not execute statement", new SQLException(
                "ERROR: duplicate key value violates unique constraint \"app_user_member_email\"\n  Detail: ...",
                "23505")))).contains("app_user_member_email");
        assertThat(Constraints.violated(new PersistenceException(new RuntimeException(new SQLException(
                "ERROR: conflicting key value violates exclusion constraint \"appointment_no_double_booking\"",
                "23P01"))))).contains("appointment_no_double_booking");
    }

    @Test
    void aNotNullBugOrAnotherFailureNamesNoDomainConstraint() {
        assertThat(Constraints.violated(new PersistenceException(new SQLException(
                "ERROR: null value in column \"name\" of relation \"tag\" violates not-null constraint", "23502"))))
                .isEmpty();
        assertThat(Constraints.violated(new PersistenceException(new SQLException("connection refused", "08001"))))
                .isEmpty();
        assertThat(Constraints.violated(new IllegalStateException("no SQL at all"))).isEmpty();
    }
}
