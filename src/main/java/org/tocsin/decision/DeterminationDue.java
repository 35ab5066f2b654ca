package org.tocsin.decision;

import org.tocsin.fusion.RiskLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * "Determination due": the evidence says a person must now make a determination of this type for
 * this situation, by the deadline. Open until any determination of the type is recorded for the
 * situation, whatever its conclusion; then closed by it. An open item past its deadline is
 * {@linkplain #overdue overdue}: escalation reads those through {@link DueItems#overdue}.
 *
 * @param id       0 until stored
 * @param rule     the named rule that opened it ({@link DuePolicy}), or the fallback of a determination
 * @param reason   the rule's reason with its numbers
 * @param asOf     the day the evidence was assessed on
 * @param level    the situation's risk level that day, or null when not opened from an assessment
 * @param evidence the signals that triggered it, heaviest first
 * @param prefill  the elements the evidence pre-fills and those left for an analyst
 */
public record DeterminationDue(long id, String situation, String type, String rule, String reason, LocalDate asOf,
                               RiskLevel level, List<TriggerSignal> evidence, Prefill prefill, Instant openedAt,
                               Instant deadline, State state) {

    /** Open, or closed by a recorded determination. */
    public sealed interface State {
        record Open() implements State {}

        /** @param determination the determination whose recording closed the item */
        record Closed(long determination, Instant closedAt) implements State {}
    }

    public DeterminationDue {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(prefill, "prefill");
        evidence = List.copyOf(evidence);
        if (deadline.isBefore(openedAt)) throw new IllegalArgumentException("a deadline comes after the opening");
    }

    public boolean isOpen() { return state instanceof State.Open; }

    public boolean overdue(Instant now) { return isOpen() && now.isAfter(deadline); }

    public String subject() { return "determination_due:" + id; }

    public DeterminationDue withId(long newId) {
        return new DeterminationDue(newId, situation, type, rule, reason, asOf, level, evidence, prefill, openedAt, deadline, state);
    }

    public DeterminationDue closedBy(long determination, Instant at) {
        return new DeterminationDue(id, situation, type, rule, reason, asOf, level, evidence, prefill, openedAt, deadline,
                new State.Closed(determination, at));
    }
}
