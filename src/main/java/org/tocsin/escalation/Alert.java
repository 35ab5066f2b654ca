package org.tocsin.escalation;

import org.tocsin.distribution.Tlp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A notice that a situation needs a decision, with the escalation that makes sure one is taken.
 * Immutable: every change returns a new alert or a refusal that says why ({@link Change}).
 *
 * @param id           0 until stored
 * @param evidence     the triggering signals (ids within the situation)
 * @param explanation  why it was raised, in words a person can check
 * @param implicated   every actor the evidence implicates, closed upward over {@code part_of}
 * @param originator   who raised it (a person id, or {@code system} / {@code fusion} for automatic alerts)
 * @param level        the current owner level, an index into the situation's escalation policy
 * @param levelSince   when it reached that level: its deadlines count from here
 * @param label        the distribution label; {@code marking} keeps the sender's own words where given
 * @param addressees   when not empty, whom the alert is addressed to instead of the policy level's
 *                     recipients (a mandate gap goes to the mandating body)
 * @param requestId    the request for action it concerns, for a mandate gap; else null
 * @param appeals      the originator's appeals, each with the decision it contests
 */
public record Alert(long id, String situation, Kind kind, Severity severity, List<String> evidence, String explanation,
                    List<String> implicated, String originator, int level, Instant levelSince, Tlp label, String marking,
                    List<RecipientRef> addressees, Long requestId, List<Assessment> assessments,
                    List<AlertDecision> decisions, List<Appeal> appeals, AlertState state, Instant raisedAt) {

    public enum Kind {
        LEVEL_CHANGE, CRITICAL_SIGNAL, MANDATE_GAP, PROTECTION_CHANGE, DETERMINATION_DUE, SOURCE_PROTECTION_OVERDUE, MANUAL;

        public String wire() { return name().toLowerCase(Locale.ROOT); }
    }

    public Alert {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(explanation, "explanation");
        implicated = List.copyOf(implicated);
        Objects.requireNonNull(originator, "originator");
        if (level < 0) throw new IllegalArgumentException("level cannot be negative");
        Objects.requireNonNull(levelSince, "levelSince");
        Objects.requireNonNull(label, "label");
        addressees = List.copyOf(addressees);
        assessments = List.copyOf(assessments);
        decisions = List.copyOf(decisions);
        appeals = List.copyOf(appeals);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** A new alert, raised at a level (the first, or the top for a mandate gap). */
    public static Alert raise(String situation, Kind kind, Severity severity, List<String> evidence, String explanation,
                              List<String> implicated, String originator, int level, Tlp label, String marking,
                              List<RecipientRef> addressees, Long requestId, Instant at) {
        return new Alert(0, situation, kind, severity, evidence, explanation, implicated, originator, level, at, label,
                marking, addressees, requestId, List.of(), List.of(), List.of(), new AlertState.Raised(at), at);
    }

    public sealed interface Change {
        record Changed(Alert alert) implements Change {}

        record Refused(String reason) implements Change {}
    }

    public String subject() { return "alert:" + id; }

    public boolean open() { return state.open(); }

    public Alert withId(long newId) { return copy(newId, severity, level, levelSince, label, assessments, decisions, state); }

    /** Whom the alert addresses at its current level. */
    public List<RecipientRef> recipients(EscalationPolicy policy) {
        return addressees.isEmpty() ? policy.level(level).recipients() : addressees;
    }

    public Change acknowledge(String by, Instant at) {
        return switch (state.acknowledge(by, at)) {
            case Transition.Refused r -> new Change.Refused(r.reason());
            case Transition.Moved m -> new Change.Changed(copy(id, severity, level, levelSince, label, assessments, decisions, m.next()));
        };
    }

    public Change decide(AlertDecision d) {
        if (d.outcome() == AlertDecision.Outcome.DOWNGRADE && d.severity().compareTo(severity) >= 0) {
            return new Change.Refused("a downgrade must name a severity below the current " + severity.wire());
        }
        Tlp newLabel = label;
        if (d.label() != null) {
            switch (LabelPolicy.change(label, d.label(), false, true)) {
                case LabelPolicy.Verdict.Refused r -> { return new Change.Refused(r.reason()); }
                case LabelPolicy.Verdict.Allowed a -> newLabel = a.label();
            }
        }
        Tlp finalLabel = newLabel;
        return switch (state.decide(d)) {
            case Transition.Refused r -> new Change.Refused(r.reason());
            case Transition.Moved m -> {
                List<AlertDecision> all = new ArrayList<>(decisions);
                all.add(d);
                Severity s = d.outcome() == AlertDecision.Outcome.DOWNGRADE ? d.severity() : severity;
                yield new Change.Changed(copy(id, s, level, levelSince, finalLabel, assessments, all, m.next()));
            }
        };
    }

    /** Only the originator appeals; the alert goes to the top level with both positions. */
    public Change appeal(String by, String position, Instant at, int top) {
        if (!by.equals(originator)) return new Change.Refused("only the originator (" + originator + ") may appeal");
        if (decisions.isEmpty()) return new Change.Refused("there is no decision to appeal: the alert is " + state.label());
        Appeal appeal = new Appeal(by, position, at, decisions.getLast());
        return switch (state.appeal(appeal)) {
            case Transition.Refused r -> new Change.Refused(r.reason());
            case Transition.Moved m -> {
                List<Appeal> all = new ArrayList<>(appeals);
                all.add(appeal);
                yield new Change.Changed(new Alert(id, situation, kind, severity, evidence, explanation, implicated, originator,
                        top, at, label, marking, addressees, requestId, assessments, decisions, all, m.next(), raisedAt));
            }
        };
    }

    public Change escalate(Instant at, int top) {
        if (!state.open()) return new Change.Refused("cannot escalate an alert that is " + state.label());
        if (level >= top) return new Change.Refused("the alert is already at the top level (" + top + ")");
        return switch (state.escalate(at)) {
            case Transition.Refused r -> new Change.Refused(r.reason());
            case Transition.Moved m -> new Change.Changed(copy(id, severity, level + 1, at, label, assessments, decisions, m.next()));
        };
    }

    public Alert attach(Assessment a) {
        List<Assessment> all = new ArrayList<>(assessments);
        all.add(a);
        return copy(id, severity, level, levelSince, label, all, decisions, state);
    }

    public Change relabel(Tlp proposed, String by) {
        return switch (LabelPolicy.change(label, proposed, by.equals(originator), false)) {
            case LabelPolicy.Verdict.Refused r -> new Change.Refused(r.reason());
            case LabelPolicy.Verdict.Allowed a -> new Change.Changed(copy(id, severity, level, levelSince, a.label(), assessments, decisions, state));
        };
    }

    private Alert copy(long newId, Severity s, int newLevel, Instant since, Tlp newLabel, List<Assessment> as,
                       List<AlertDecision> ds, AlertState st) {
        return new Alert(newId, situation, kind, s, evidence, explanation, implicated, originator, newLevel, since, newLabel,
                marking, addressees, requestId, as, ds, appeals, st, raisedAt);
    }
}
