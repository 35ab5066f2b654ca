package org.tocsin.fusion;

/**
 * Where a signal's content happened relative to a situation's {@link Area}.
 * <ul>
 *   <li>{@link #INSIDE}: counts fully, killings included.</li>
 *   <li>{@link #OUTSIDE}: its risk indicators still count (spill-over, incitement from abroad, a report
 *       issued in New York about Kigali), but nothing it says about killing counts as killing <em>in</em>
 *       the situation: neither its fatalities nor its killing indicators.</li>
 *   <li>{@link #UNKNOWN}: treated as inside for risk indicators, but its fatalities and killing evidence
 *       do not count towards EMERGENCY, which needs killing shown to be in the area.</li>
 * </ul>
 */
public enum Locality {
    INSIDE, OUTSIDE, UNKNOWN;

    /** Risk indicators count unless they report killing outside the area. */
    boolean countsKillingIndicatorsAsRisk() { return this != OUTSIDE; }

    /** Fatalities and killing evidence count towards "killing under way here" only when shown to be here. */
    boolean countsAsKillingHere() { return this == INSIDE; }
}
