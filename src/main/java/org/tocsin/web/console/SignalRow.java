package org.tocsin.web.console;

import org.tocsin.fusion.Evidence;
import org.tocsin.fusion.Locality;
import org.tocsin.intake.Signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A signal as a line of the situation's timeline: when it counts from, what it is, who said it with
 * which grade, the start of what it says, and its indicator family. The text stays the submitter's:
 * it is escaped when rendered, never interpreted.
 *
 * @param knownOn the day it counts from in fusion (the same rule as the engine's)
 */
record SignalRow(UUID uid, String id, LocalDate knownOn, Signal signal, String excerpt, List<String> codes, Family family) {

    static final int EXCERPT = 280;

    static SignalRow of(Signal s, List<String> codes, Family family) {
        String text = s.summary().strip();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, text.offsetByCodePoints(0,
                Math.min(EXCERPT, text.codePointCount(0, text.length())))).stripTrailing() + "…";
        return new SignalRow(s.key().uuid(), s.key().id(), countsFrom(s), s, excerpt, codes, family);
    }

    /** The engine's rule ({@link Evidence#of}): the earlier of the day its content can be known and the day it arrived. */
    static LocalDate countsFrom(Signal s) {
        return Evidence.of(s, Set.of(), Locality.UNKNOWN).knownOn();
    }

    /** "B2": the Admiralty grade as analysts write it. */
    public String grade() { return signal.reliability().name() + signal.credibility().grade(); }
}
