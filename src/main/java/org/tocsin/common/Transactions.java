package org.tocsin.common;

import java.util.function.Function;

/**
 * Runs work in one database transaction, so domain services can say "all or nothing" without
 * depending on Spring. The work may ask for the transaction to be rolled back while still returning
 * a value (an import refused for one bad line returns its report and writes nothing).
 */
public interface Transactions {

    <T> T inTransaction(Function<RollbackControl, T> work);

    interface RollbackControl {
        void rollbackOnly();
    }
}
