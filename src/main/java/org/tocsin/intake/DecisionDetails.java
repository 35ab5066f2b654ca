package org.tocsin.intake;

/** A decision carried by a signal: the request it answers (if any), its outcome and its stated ground. */
public record DecisionDetails(String respondsTo, String outcome, String ground) {}
