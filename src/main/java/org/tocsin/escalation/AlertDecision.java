package org.tocsin.escalation;

import org.tocsin.distribution.Tlp;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded decision on an alert: the only way an alert is closed or downgraded. It always has an
 * author, a time and a rationale; the ground names the legal or policy basis where there is one.
 *
 * @param severity the new severity for a downgrade, otherwise null
 * @param label    a wider distribution label the decision sets, or null
 */
public record AlertDecision(String id, Outcome outcome, String rationale, String ground, String author, Instant decidedAt,
                            Severity severity, Tlp label) {

    public enum Outcome {
        /** Action is decided; the alert is resolved but stays appealable. */
        ACT,
        /** Keep watching without action now: a decision, recorded like any other. */
        MONITOR,
        /** Lower the severity (to {@code severity}). */
        DOWNGRADE,
        /** Nothing more is needed: the alert is closed. */
        CLOSE;

        public String wire() { return name().toLowerCase(Locale.ROOT); }

        public static Optional<Outcome> parse(String s) {
            if (s == null) return Optional.empty();
            for (Outcome o : values()) if (o.wire().equals(s.trim().toLowerCase(Locale.ROOT))) return Optional.of(o);
            return Optional.empty();
        }
    }

    public AlertDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        if (rationale == null || rationale.isBlank()) throw new IllegalArgumentException("a decision needs a rationale");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (outcome == Outcome.DOWNGRADE && severity == null) throw new IllegalArgumentException("a downgrade names the new severity");
    }
}
