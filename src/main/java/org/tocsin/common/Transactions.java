package org.tocsin.common;

import java.util.function.Function;

/**
 * Runs work in one database transaction, so domain services can say "all or nothing" without
 * depending on Spring. The work may ask for the transaction to be rolled back while still returning
 * a value (an import refused for one bad line returns its report and writes nothing).
 */
public interface Transactions {

    <T> T inTransaction(Function<RollbackControl, T> work);

    /**
     * Runs {@code action} if the current transaction rolls back: for in-memory state that ran ahead
     * of the transaction (a cache that already counted a signal which then was not stored).
     * Outside a transaction it does nothing.
     */
    void onRollback(Runnable action);

    interface RollbackControl {
        void rollbackOnly();
    }
}
