package org.tocsin.decision;

import java.util.Optional;

/**
 * An obligation item's lifecycle as types. A step is a method returning the next state or a refusal
 * that names the current state.
 *
 * <pre>
 *   Open ──in_progress──▶ InProgress ──in_progress (a progress note)──▶ InProgress
 *    │                       │
 *    ├──discharged / declined┴──▶ Discharged | Declined ──in_progress (reopen)──▶ InProgress
 * </pre>
 *
 * Declining is a recorded decision not to act, with its rationale and author: the duty to prevent is
 * one of conduct, and how it was (not) discharged must be provable afterwards.
 */
public sealed interface ObligationState {

    /** The steps a person can record. */
    enum Step {
        IN_PROGRESS, DISCHARGED, DECLINED;

        public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }

        public static Optional<Step> parse(String wire) {
            for (Step s : values()) if (s.wire().equals(wire)) return Optional.of(s);
            return Optional.empty();
        }
    }

    /** The result of a step. */
    sealed interface Transition {
        record Moved(ObligationState next) implements Transition {}

        record Refused(String reason) implements Transition {}
    }

    String wire();

    /** Active items still await their owner: they have a due date that can pass. */
    boolean active();

    Transition step(Step step);

    static ObligationState of(String wire) {
        return switch (wire) {
            case "open" -> new Open();
            case "in_progress" -> new InProgress();
            case "discharged" -> new Discharged();
            case "declined" -> new Declined();
            default -> throw new IllegalArgumentException("unknown obligation state " + wire);
        };
    }

    private static ObligationState target(Step s) {
        return switch (s) {
            case IN_PROGRESS -> new InProgress();
            case DISCHARGED -> new Discharged();
            case DECLINED -> new Declined();
        };
    }

    /** Opened by a determination; nobody has recorded a step yet. */
    record Open() implements ObligationState {
        @Override public String wire() { return "open"; }
        @Override public boolean active() { return true; }
        @Override public Transition step(Step s) { return new Transition.Moved(target(s)); }
    }

    /** Someone is acting on it; further progress notes keep it here. */
    record InProgress() implements ObligationState {
        @Override public String wire() { return "in_progress"; }
        @Override public boolean active() { return true; }
        @Override public Transition step(Step s) { return new Transition.Moved(target(s)); }
    }

    /** Recorded as discharged; it can be reopened. */
    record Discharged() implements ObligationState {
        @Override public String wire() { return "discharged"; }
        @Override public boolean active() { return false; }
        @Override public Transition step(Step s) {
            return s == Step.IN_PROGRESS ? new Transition.Moved(new InProgress())
                    : new Transition.Refused("cannot mark " + s.wire() + " an obligation that is discharged: reopen it (in_progress) first");
        }
    }

    /** Recorded as declined (a decision not to act, with its rationale); it can be reopened. */
    record Declined() implements ObligationState {
        @Override public String wire() { return "declined"; }
        @Override public boolean active() { return false; }
        @Override public Transition step(Step s) {
            return s == Step.IN_PROGRESS ? new Transition.Moved(new InProgress())
                    : new Transition.Refused("cannot mark " + s.wire() + " an obligation that is declined: reopen it (in_progress) first");
        }
    }
}
