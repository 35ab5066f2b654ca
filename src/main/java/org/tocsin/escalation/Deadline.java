package org.tocsin.escalation;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A moment by which something must have happened to an alert at a level. Deadlines are kept
 * durably and each fires at most once: a worker that finds one due applies {@link DeadlineRule}.
 *
 * @param id 0 until stored
 */
public record Deadline(long id, long alertId, Kind kind, int level, Instant dueAt) {

    public enum Kind {
        /** Nobody at the level acknowledged in time: climb. */
        ACKNOWLEDGE,
        /** Acknowledged (or not) but not decided in time: climb. */
        DECIDE,
        /** Still open at the level: tell its recipients again. */
        RENOTIFY;

        public String wire() { return name().toLowerCase(Locale.ROOT); }
    }

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The deadlines of an alert that has just reached a level (or been appealed to it) at {@code since}. */
    public static java.util.List<Deadline> forLevel(long alertId, int level, PolicyLevel policy, Instant since, boolean reachedNobody) {
        if (reachedNobody) {
            // Nobody at this level can receive it (vacant, or every delivery held): do not wait, climb now.
            return java.util.List.of(new Deadline(0, alertId, Kind.ACKNOWLEDGE, level, since));
        }
        return java.util.List.of(
                new Deadline(0, alertId, Kind.ACKNOWLEDGE, level, since.plus(policy.acknowledgeWithin())),
                new Deadline(0, alertId, Kind.DECIDE, level, since.plus(policy.decideWithin())),
                new Deadline(0, alertId, Kind.RENOTIFY, level, since.plus(policy.renotifyEvery())));
    }

    /** The next reminder after one fired at {@code now}: one interval on, never in the past (no catch-up bursts after downtime). */
    public Deadline nextReminder(PolicyLevel policy, Instant now) {
        Instant next = dueAt.plus(policy.renotifyEvery());
        if (!next.isAfter(now)) next = now.plus(policy.renotifyEvery());
        return new Deadline(0, alertId, Kind.RENOTIFY, level, next);
    }
}
