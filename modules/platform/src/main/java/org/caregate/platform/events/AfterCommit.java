package org.caregate.platform.events;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Rings a {@link Wakeup} when the current JTA transaction commits — once per transaction however many rows it
 * wrote — so the worker that carries those rows on starts at once; nothing rings on rollback. Outside a transaction
 * (the rows are already committed) it rings straight away.
 */
public final class AfterCommit {

    private final TransactionSynchronizationRegistry transactions;

    public AfterCommit(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Rings {@code wakeup} when the current transaction commits. */
    public void ring(Wakeup wakeup) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            wakeup.ring();
            return;
        }
        if (transactions.getResource(wakeup) != null) {
            return;
        }
        transactions.putResource(wakeup, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: only a commit rings
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeup.ring();
                }
            }
        });
    }
}
