package org.tocsin.decision;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded step on an obligation item: who did what, why, when it happened and when Tocsin
 * recorded it. Immutable, past tense; the item's history is the list of these.
 *
 * @param to    the state after the step
 * @param owner the owner after the step (unchanged unless reassigned)
 */
public record ObligationUpdate(String from, String to, String rationale, String by, String owner, Instant occurredAt, Instant recordedAt) {
    public ObligationUpdate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (rationale == null || rationale.isBlank()) throw new IllegalArgumentException("a step on an obligation states its rationale");
    }
}
