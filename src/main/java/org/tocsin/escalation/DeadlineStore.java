package org.tocsin.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable deadlines. {@link #claimDue} locks one due, unfired deadline that no other transaction
 * holds (skipping locked ones), so several workers sharing the store never fire one twice.
 * Deadlines are never cancelled: one that no longer applies fires as a no-op ({@link DeadlineRule}),
 * so a change to an alert never has to touch (and wait for) deadline rows a worker may hold.
 */
public interface DeadlineStore {

    void schedule(List<Deadline> deadlines);

    /** Must run in a transaction: the deadline stays locked until it ends. */
    Optional<Deadline> claimDue(Instant now);

    /** Marks a claimed deadline fired, with what it did ({@code climb}, {@code overdue}, {@code renotify}, {@code stale}). */
    void markFired(long id, Instant at, String by, String outcome);

    /** Unfired deadlines of an alert, earliest first (some may no longer apply). */
    List<Deadline> pending(long alertId);
}
