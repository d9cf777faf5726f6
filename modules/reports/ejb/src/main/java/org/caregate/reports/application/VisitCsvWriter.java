package org.caregate.reports.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * Writes the visits CSV outside any transaction: each page is read in the scheduling, identity and forms facades'
 * own transactions, so a year of visits holds no transaction open, and a refusal one of them raises (the requester
 * no longer a member) rolls back only that read — the caller's transaction, suspended meanwhile, is left to record
 * the outcome (the generator fails the report instead of having its message redelivered).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitCsvWriter {

    @Inject
    VisitRows rows;

    /** Writes the header and the rows of the visits starting in {@code [from, until)}; answers how many. */
    public int write(Caller caller, Instant from, Instant until, List<String> columns, Appendable out)
            throws IOException {
        return rows.write(caller, from, until, columns, out);
    }
}
