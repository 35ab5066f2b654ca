package org.tocsin.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A request for action — "raid the arms caches within 36 hours" — and every decision on it.
 *
 * @param id          0 until stored
 * @param signal      the signal that carried it (e.g. {@code rw-017}), or null when entered in Tocsin
 * @param requestedBy who asked, as written
 * @param wantedBy    by when the requester needs an answer, or null
 * @param evidence    the signals it rests on (its own and those it relays)
 * @param implicated  actors the evidence implicates, closed upward over {@code part_of}
 */
public record ActionRequest(long id, String situation, String signal, String action, String requestedBy, Instant requestedAt,
                            Instant wantedBy, List<String> evidence, List<String> implicated,
                            List<RequestDecision> decisions, Instant recordedAt) {

    public enum Status {
        OPEN, APPROVED, REFUSED, DEFERRED, PARTIAL;

        public String wire() { return name().toLowerCase(Locale.ROOT); }
    }

    public ActionRequest {
        Objects.requireNonNull(situation, "situation");
        if (action == null || action.isBlank()) throw new IllegalArgumentException("a request needs an action");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        evidence = List.copyOf(evidence);
        implicated = List.copyOf(implicated);
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public String subject() { return "request:" + id; }

    /** The latest decision's outcome; open while undecided. */
    public Status status() {
        return decisions.isEmpty() ? Status.OPEN : Status.valueOf(decisions.getLast().outcome().name());
    }

    /** How long it has waited for a decision: until its first decision, else until now (a deferral keeps it waiting). */
    public Duration waiting(Instant now) {
        Instant end = decisions.stream().filter(d -> d.outcome() != RequestDecision.Outcome.DEFERRED).findFirst()
                .map(RequestDecision::decidedAt).orElse(now);
        return end.isBefore(requestedAt) ? Duration.ZERO : Duration.between(requestedAt, end);
    }

    /** The deadline now in force: the latest deferral's, else the requester's. */
    public Instant deadline() {
        for (RequestDecision d : decisions.reversed()) if (d.newDeadline() != null) return d.newDeadline();
        return wantedBy;
    }

    public ActionRequest withId(long newId) {
        return new ActionRequest(newId, situation, signal, action, requestedBy, requestedAt, wantedBy, evidence, implicated, decisions, recordedAt);
    }

    public ActionRequest decided(RequestDecision d) {
        List<RequestDecision> all = new ArrayList<>(decisions);
        all.add(d);
        return new ActionRequest(id, situation, signal, action, requestedBy, requestedAt, wantedBy, evidence, implicated, all, recordedAt);
    }
}
