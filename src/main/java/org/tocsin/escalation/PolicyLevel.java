package org.tocsin.escalation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One rung of an escalation policy: who is told, how long they have to acknowledge, how long to
 * decide (both counted from when the alert reached this level), and how often they are reminded
 * while it stays open here. Not acknowledged in time, or acknowledged but not decided in time, the
 * alert climbs to the next level: the 11 January 1994 cable was answered, but the question it raised
 * was never put to anyone who could decide it.
 */
public record PolicyLevel(String name, List<RecipientRef> recipients, Duration acknowledgeWithin, Duration decideWithin,
                          Duration renotifyEvery) {
    public PolicyLevel {
        Objects.requireNonNull(name, "name");
        recipients = List.copyOf(recipients);
        if (acknowledgeWithin.isNegative() || acknowledgeWithin.isZero()) throw new IllegalArgumentException("acknowledgement deadline must be positive");
        if (decideWithin.compareTo(acknowledgeWithin) < 0) throw new IllegalArgumentException("decision deadline must not come before the acknowledgement deadline");
        if (renotifyEvery.isNegative() || renotifyEvery.isZero()) throw new IllegalArgumentException("re-notify interval must be positive");
    }
}
