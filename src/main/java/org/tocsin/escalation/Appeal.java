package org.tocsin.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * The originator's appeal against a decision: one action that sends the alert to the top of the
 * policy with both positions side by side — the originator's ({@code position}) and the decider's
 * (the appealed decision, its rationale and ground).
 */
public record Appeal(String by, String position, Instant at, AlertDecision appealed) {
    public Appeal {
        Objects.requireNonNull(by, "by");
        if (position == null || position.isBlank()) throw new IllegalArgumentException("an appeal states the originator's position");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(appealed, "appealed");
    }
}
