package org.tocsin.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Reading the journal, and signing its head. Entries are immutable: what is read stays true. */
public interface JournalStore {

    /** The last entry, if any. */
    Optional<JournalEntry> head();

    /** Up to {@code limit} entries after {@code afterSeq}, in order; only {@code situation}'s when it is not null. */
    List<JournalEntry> entries(String situation, long afterSeq, int limit);

    /**
     * A page of {@code situation}'s entries of the given types (every type when {@code types} is empty):
     * up to {@code limit} after {@code afterSeq}, in order.
     */
    List<JournalEntry> entries(String situation, Collection<String> types, long afterSeq, int limit);

    /** The page before: up to {@code limit} of those entries before {@code beforeSeq}, the nearest ones, in order. */
    List<JournalEntry> entriesBefore(String situation, Collection<String> types, long beforeSeq, int limit);

    /** How many entries {@code situation}'s journal holds of each type, by type, sorted by type. */
    Map<String, Long> typeCounts(String situation);

    /** {@code situation}'s entries that happened at or before {@code at}, in journal order. */
    void forEachUpTo(String situation, Instant at, Consumer<JournalEntry> action);

    /** Every checkpoint, in order. */
    List<Checkpoint> checkpoints();

    /**
     * Signs the current last entry, unless a checkpoint already names it, and returns the checkpoint
     * that covers the head (empty when the journal has no entries).
     */
    Optional<Checkpoint> checkpointHead();
}
