package org.tocsin.audit;

import java.util.List;

/**
 * The tamper-evident journal of every receipt, view, decision and escalation. {@link #append}
 * writes in the caller's transaction, so an event is journaled exactly when the change it records
 * commits.
 */
public interface Journal {

    void append(JournalEvent event);

    /** Appends several events, in order, as if one after the other (the store may do it in one go). */
    default void appendAll(List<JournalEvent> events) {
        events.forEach(this::append);
    }

    /** A journal that keeps nothing: for in-memory replays, where there is nothing to prove. */
    Journal NONE = event -> { };
}
