package org.tocsin.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sender's side of the outbox: claiming due notifications and recording what became of them.
 * {@link Outbox} is the writer's side.
 *
 * <p>A claim is a lease: it moves the row's next attempt to {@code leaseUntil} and counts the
 * attempt in the same statement, so no other worker sees the row as due while this one sends it.
 * A worker that dies before recording an outcome leaves the row to be claimed again once the lease
 * runs out — at-least-once delivery. Outcomes are recorded only while the claim is still the row's
 * latest ({@code attempt} matches), so a worker that outlived its lease cannot overwrite a newer
 * claim's retry schedule; a delivery is always recorded.
 */
public interface OutboxStore {

    /** A claimed notification. {@code attempt} counts this one: 1 for the first. */
    record Claimed(long id, Notification notification, int attempt) {
        public Claimed {
            Objects.requireNonNull(notification, "notification");
            if (attempt < 1) throw new IllegalArgumentException("attempt counts from 1");
        }
    }

    /**
     * Counts for monitoring, at a moment.
     *
     * @param waiting    unsent and not dead (due or scheduled for later)
     * @param due        of those, due now (a growing number means the sender is not keeping up or a
     *                   channel is not configured)
     * @param oldestDue  when the longest-waiting due notification became due, or null
     */
    record Status(long waiting, long due, long deadLetters, Instant oldestDue) {}

    /**
     * Claims up to {@code limit} notifications of the given channels that are unsent, not dead and
     * due at {@code now}, oldest due first, skipping rows another worker is claiming at this moment.
     */
    List<Claimed> claimDue(Instant now, Set<Notification.Channel> channels, int limit, Instant leaseUntil);

    /** Records the delivery (whatever claim made it) and clears the last error. */
    void markSent(long id, Instant at);

    /** Schedules the next attempt; false when a newer claim owns the row or it was sent meanwhile. */
    boolean scheduleRetry(long id, int attempt, Instant next, String error);

    /** Keeps the row, unsent, as a dead letter with its error; false as for {@link #scheduleRetry}. */
    boolean markDead(long id, int attempt, Instant at, String error);

    /** Notifications kept unsent as dead letters. */
    long deadLetterCount();

    Status status(Instant now);
}
