package org.tocsin.escalation;

/** The result of asking a state for a transition: the next state, or a refusal naming the current one. */
public sealed interface Transition {

    record Moved(AlertState next) implements Transition {}

    record Refused(String reason) implements Transition {}
}
