package org.tocsin.escalation;

import java.time.Instant;

/**
 * An alert's lifecycle as types. Each transition is a method returning the next state or a refusal
 * that names the current state; the states that allow a transition override it.
 *
 * <pre>
 *   Raised ──acknowledge──▶ Acknowledged ──decide(act|monitor|downgrade)──▶ Decided
 *     │                          │         └──decide(close)──────────────▶ Closed
 *     └──decide──────────────────┘
 *   Decided | Closed ──appeal (originator)──▶ Appealed (at the top level) ──acknowledge / decide──▶ …
 *   escalate (level + 1): from any open state (Raised, Acknowledged, Appealed below the top);
 *   the new level must acknowledge afresh, so the alert is Raised there.
 * </pre>
 */
public sealed interface AlertState {

    /** Open states await someone: they have deadlines and can climb. */
    boolean open();

    String label();

    default Transition acknowledge(String by, Instant at) { return refuse("acknowledge"); }

    default Transition decide(AlertDecision decision) { return refuse("decide"); }

    default Transition appeal(Appeal appeal) { return refuse("appeal"); }

    default Transition escalate(Instant at) {
        return open() ? new Transition.Moved(new Raised(at)) : refuse("escalate");
    }

    private Transition refuse(String what) {
        return new Transition.Refused("cannot " + what + " an alert that is " + label());
    }

    private static Transition decided(AlertDecision d) {
        return new Transition.Moved(d.outcome() == AlertDecision.Outcome.CLOSE ? new Closed(d) : new Decided(d));
    }

    /** Delivered to a level; nobody there has acknowledged yet. */
    record Raised(Instant at) implements AlertState {
        @Override public boolean open() { return true; }
        @Override public String label() { return "raised"; }
        @Override public Transition acknowledge(String by, Instant at) { return new Transition.Moved(new Acknowledged(by, at)); }
        @Override public Transition decide(AlertDecision d) { return decided(d); }
    }

    /** Someone at the current level has taken it on; a decision is still owed. */
    record Acknowledged(String by, Instant at) implements AlertState {
        @Override public boolean open() { return true; }
        @Override public String label() { return "acknowledged"; }
        @Override public Transition decide(AlertDecision d) { return decided(d); }
    }

    /** Decided (act, monitor, downgrade): resolved, but the originator may appeal. */
    record Decided(AlertDecision decision) implements AlertState {
        @Override public boolean open() { return false; }
        @Override public String label() { return "decided"; }
        @Override public Transition appeal(Appeal a) { return new Transition.Moved(new Appealed(a)); }
    }

    /** Appealed by the originator: at the top level, both positions attached, awaiting a decision. */
    record Appealed(Appeal appeal) implements AlertState {
        @Override public boolean open() { return true; }
        @Override public String label() { return "appealed"; }
        @Override public Transition acknowledge(String by, Instant at) { return new Transition.Moved(new Acknowledged(by, at)); }
        @Override public Transition decide(AlertDecision d) { return decided(d); }
    }

    /** Closed by a recorded decision; the originator may still appeal. */
    record Closed(AlertDecision decision) implements AlertState {
        @Override public boolean open() { return false; }
        @Override public String label() { return "closed"; }
        @Override public Transition appeal(Appeal a) { return new Transition.Moved(new Appealed(a)); }
    }
}
