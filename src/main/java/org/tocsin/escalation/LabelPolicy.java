package org.tocsin.escalation;

import org.tocsin.distribution.Tlp;

/**
 * M4: the reply of 11 January 1994 was marked "no distribution", and non-permanent members of the
 * Council learned the truth in late April. A distribution label is set by the sender; it may be
 * widened by the sender or by a recorded decision, and is never narrowed.
 */
public final class LabelPolicy {

    private LabelPolicy() {}

    public sealed interface Verdict {
        record Allowed(Tlp label) implements Verdict {}

        record Refused(String reason) implements Verdict {}
    }

    /**
     * @param bySender   the change is asked by the sender (the alert's originator)
     * @param byDecision the change is part of a recorded decision
     */
    public static Verdict change(Tlp current, Tlp proposed, boolean bySender, boolean byDecision) {
        if (proposed == current) return new Verdict.Allowed(current);
        if (proposed.isNarrowerThan(current)) {
            return new Verdict.Refused(proposed.label() + " is narrower than the current " + current.label()
                    + ": a distribution label may be widened, never narrowed");
        }
        if (!bySender && !byDecision) {
            return new Verdict.Refused("only the sender or a recorded decision may widen the label");
        }
        return new Verdict.Allowed(proposed);
    }

    /** The narrowest of two labels: what an alert carries when built from evidence with its own labels. */
    public static Tlp narrowest(Tlp a, Tlp b) { return a.isNarrowerThan(b) ? a : b; }
}
