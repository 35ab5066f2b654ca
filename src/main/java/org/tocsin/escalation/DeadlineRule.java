package org.tocsin.escalation;

/**
 * What a due deadline means for the alert as it now is. A deadline set for a level the alert has
 * left, or for a state it is no longer in, is stale and does nothing: deadlines are never trusted
 * to have been cancelled.
 */
public final class DeadlineRule {

    private DeadlineRule() {}

    public sealed interface Due {
        /** Climb one level; the reason goes into the history and the notifications. */
        record Climb(String reason) implements Due {}

        /** Due at the top, where there is nowhere to climb: record it and remind the top again. */
        record Overdue(String reason) implements Due {}

        record Renotify() implements Due {}

        record Stale(String reason) implements Due {}
    }

    public static Due whenDue(Alert alert, Deadline d, int top) {
        if (!alert.open()) return new Due.Stale("the alert is " + alert.state().label());
        if (alert.level() != d.level()) return new Due.Stale("the alert has moved from level " + d.level() + " to " + alert.level());
        if (d.dueAt().isBefore(alert.levelSince())) return new Due.Stale("set before the alert last reached this level");
        return switch (d.kind()) {
            case RENOTIFY -> new Due.Renotify();
            case ACKNOWLEDGE -> alert.state() instanceof AlertState.Acknowledged
                    ? new Due.Stale("acknowledged in time")
                    : climbOrOverdue(alert, top, "not acknowledged at level " + d.level() + " by " + d.dueAt());
            case DECIDE -> climbOrOverdue(alert, top, "not decided at level " + d.level() + " by " + d.dueAt()
                    + (alert.state() instanceof AlertState.Acknowledged(String by, var at) ? " (acknowledged by " + by + " at " + at + ")" : ""));
        };
    }

    public static String name(Due due) {
        return switch (due) {
            case Due.Climb c -> "climb";
            case Due.Overdue o -> "overdue";
            case Due.Renotify r -> "renotify";
            case Due.Stale s -> "stale";
        };
    }

    private static Due climbOrOverdue(Alert alert, int top, String reason) {
        return alert.level() >= top ? new Due.Overdue(reason + "; already at the top level") : new Due.Climb(reason);
    }
}
