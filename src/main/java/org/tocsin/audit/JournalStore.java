package org.tocsin.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reading the journal, and signing its head. Entries are immutable: what is read stays true. */
public interface JournalStore {

    /** The last entry, if any. */
    Optional<JournalEntry> head();

    /** Up to {@code limit} entries after {@code afterSeq}, in order; only {@code situation}'s when it is not null. */
    List<JournalEntry> entries(String situation, long afterSeq, int limit);

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
