package org.tocsin.source;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where envelopes are kept: one row per sealed record, named by its ref ({@code source/<id>…}). */
public interface SealedStore {

    /** Inserts or replaces the envelope of a record. */
    void put(String ref, SourceId source, Envelope envelope, Instant sealedAt);

    Optional<Envelope> find(String ref);

    /**
     * Up to {@code limit} records not wrapped by {@code keyId} whose ref sorts after {@code afterRef}
     * (empty: from the start), in ref order, locked for this transaction (rows others hold are skipped).
     */
    List<Sealed> lockNotUnder(long keyId, String afterRef, int limit);

    /** How many records each key wraps: which old keys are still needed. */
    Map<Long, Long> countByKey();

    record Sealed(String ref, SourceId source, Envelope envelope) {}
}
