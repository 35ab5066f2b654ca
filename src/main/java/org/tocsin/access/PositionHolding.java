package org.tocsin.access;

import java.time.Instant;
import java.util.Objects;

/**
 * Who held a position in a situation, and when: e.g. {@code head-of-mission} of
 * {@code rwanda-1993-1994}. Positions are offices an escalation policy addresses, not permission
 * roles: an alert to "the head of mission" reaches whoever holds the office at that moment.
 *
 * @param until end of the holding (exclusive), or null while it lasts
 */
public record PositionHolding(long id, String situation, String position, String person, Instant from, Instant until) {
    public PositionHolding {
        Objects.requireNonNull(situation, "situation");
        if (!Person.validId(position)) throw new IllegalArgumentException("invalid position name");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) throw new IllegalArgumentException("a holding must end after it starts");
    }

    public boolean heldAt(Instant at) { return !at.isBefore(from) && (until == null || at.isBefore(until)); }
}
