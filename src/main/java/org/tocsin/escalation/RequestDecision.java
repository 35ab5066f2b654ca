package org.tocsin.escalation;

import org.tocsin.distribution.Tlp;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision on a request for action. A refusal records its ground; {@code outside_mandate} is
 * the ground that makes a refusal a mandate gap. A deferral made in Tocsin sets a new deadline (one
 * read from a historical record may not say). A request may be decided again later (a refusal revisited).
 *
 * @param signal  the signal that carried the decision (e.g. {@code rw-018}), or null when decided in Tocsin
 * @param marking the sender's handling marking, as written ("NO DISTRIBUTION")
 */
public record RequestDecision(String id, Outcome outcome, String ground, String rationale, String author, Instant decidedAt,
                              Instant newDeadline, String signal, String marking, Tlp label) {

    public static final String OUTSIDE_MANDATE = "outside_mandate";

    public enum Outcome {
        APPROVED, REFUSED, DEFERRED, PARTIAL;

        public String wire() { return name().toLowerCase(Locale.ROOT); }

        public static Optional<Outcome> parse(String s) {
            if (s == null) return Optional.empty();
            for (Outcome o : values()) if (o.wire().equals(s.trim().toLowerCase(Locale.ROOT))) return Optional.of(o);
            return Optional.empty();
        }
    }

    public RequestDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (outcome == Outcome.REFUSED && (ground == null || ground.isBlank())) throw new IllegalArgumentException("a refusal records its ground");
        Objects.requireNonNull(label, "label");
    }

    public boolean onMandateGrounds() { return outcome == Outcome.REFUSED && OUTSIDE_MANDATE.equals(ground); }
}
