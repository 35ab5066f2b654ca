package org.tocsin.audit;

/**
 * The tamper-evident journal of every receipt, view, decision and escalation. {@link #append}
 * writes in the caller's transaction, so an event is journaled exactly when the change it records
 * commits.
 */
public interface Journal {

    void append(JournalEvent event);

    /** A journal that keeps nothing: for in-memory replays, where there is nothing to prove. */
    Journal NONE = event -> { };
}
