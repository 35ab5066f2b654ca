package org.tocsin.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where accepted signals are kept. Signals are never updated or deleted through it. */
public interface SignalStore {

    /** Inserts the signal unless its key exists; says which of the three things happened. */
    Stored insert(Signal signal);

    Optional<Signal> find(UUID uid);

    Optional<Signal> find(SignalKey key);

    /** Signals matching the query, ordered by when they became known, then arrival. */
    List<Signal> search(SignalQuery query);

    long count(SignalQuery query);

    /** Every signal of a situation in the order it became known (known_on, then arrival). */
    void forEach(String situation, java.util.function.Consumer<Signal> consumer);

    /** Signals of a situation that arrived after {@code afterSeq}, in arrival order, with their arrival number. */
    void forEachSince(String situation, long afterSeq, SeqConsumer consumer);

    /** The arrival number of the situation's latest signal, 0 when it has none. */
    long lastSeq(String situation);

    @FunctionalInterface
    interface SeqConsumer {
        void accept(long seq, Signal signal);
    }

    sealed interface Stored {
        record Inserted(Signal signal) implements Stored {}

        /** The same content was already there: nothing changed. */
        record Duplicate(Signal existing) implements Stored {}

        /** Different content already holds this key. */
        record Conflict(Signal existing) implements Stored {}
    }

    /**
     * Filters for listing signals; null means "any". Page numbers start at 0. {@code readers}, when
     * given, limits the result to what that viewer may read under the signals' distribution labels —
     * applied in the query itself, so counts and pages never include a withheld signal. Null: the
     * engine's own reads (fusion, replay), which see everything.
     */
    record SignalQuery(String situation, LocalDate from, LocalDate to, String indicator, SignalKind kind, int page, int size,
                       org.tocsin.access.Viewer.SqlVisibility readers) {
        public SignalQuery {
            if (page < 0) throw new IllegalArgumentException("page must be >= 0");
            if (size < 1) throw new IllegalArgumentException("size must be >= 1");
        }

        public SignalQuery(String situation, LocalDate from, LocalDate to, String indicator, SignalKind kind, int page, int size) {
            this(situation, from, to, indicator, kind, page, size, null);
        }

        /** The same query, limited to what this viewer may read. */
        public SignalQuery readableBy(org.tocsin.access.Viewer viewer) {
            return new SignalQuery(situation, from, to, indicator, kind, page, size, viewer.sqlVisibility(org.tocsin.access.Permission.SIGNAL_READ));
        }

        public static SignalQuery all(String situation) {
            return new SignalQuery(situation, null, null, null, null, 0, Integer.MAX_VALUE);
        }
    }
}
