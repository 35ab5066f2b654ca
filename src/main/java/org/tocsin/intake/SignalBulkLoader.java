package org.tocsin.intake;

import java.util.List;

/**
 * Loads many signals into one situation inside the caller's transaction, as fast as the store
 * allows (PostgreSQL: COPY into a staging table, then one set-based insert). Identical records
 * already stored are skipped; a different record under an existing id, or two different records
 * with one id in the same load, is a conflict and is not stored.
 */
public interface SignalBulkLoader {

    Session open(String situation);

    interface Session extends AutoCloseable {
        /** @param contentHash {@link Signal#contentHash()}, computed once by the caller (it is not cheap) */
        void add(long recordNumber, long line, Signal signal, String contentHash);

        Result finish();

        @Override
        void close();
    }

    record Result(long inserted, long duplicates, List<Conflict> conflicts, long conflictCount) {}

    record Conflict(long recordNumber, long line, String id) {}
}
