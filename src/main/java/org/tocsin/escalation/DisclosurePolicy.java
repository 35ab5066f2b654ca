package org.tocsin.escalation;

import org.tocsin.access.Person;

import java.util.Set;

/**
 * M5: a warning whenever a delivery would disclose information to a party the same information
 * implicates. In January 1994 headquarters told the mission to brief President Habyarimana on a plot
 * reportedly from his own circle, and Rwanda held a seat on the Council that a mandate gap would
 * have to reach. A recipient who represents an implicated actor — or an actor that is part of one —
 * is in conflict; that one delivery is held until someone authorised overrides it with a rationale.
 */
public final class DisclosurePolicy {

    private DisclosurePolicy() {}

    public sealed interface Verdict {
        record Clear() implements Verdict {}

        record Conflict(String actor, String warning) implements Verdict {}
    }

    /**
     * @param implicated every actor the information implicates, already closed upward over {@code part_of}
     */
    public static Verdict check(Person recipient, Set<String> implicated, Actors actors) {
        if (recipient.represents() == null || implicated.isEmpty()) return new Verdict.Clear();
        for (String a : actors.lineage(recipient.represents())) {
            if (implicated.contains(a)) {
                String via = a.equals(recipient.represents()) ? a : recipient.represents() + ", part of " + a;
                return new Verdict.Conflict(a, recipient.name() + " represents " + via
                        + ", which the information in this delivery implicates: disclosing it may alert those it concerns "
                        + "and endanger its sources. Held until an authorised person overrides with a rationale.");
            }
        }
        return new Verdict.Clear();
    }
}
