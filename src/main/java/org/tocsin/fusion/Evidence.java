package org.tocsin.fusion;

import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalKey;
import org.tocsin.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What fusion needs to know of one signal: who said it (for independence), how good it is, when it
 * became known, which indicator codes count, and where it happened relative to the situation's area.
 * Which codes count is the caller's decision: only confirmed or submitter-supplied indicators count,
 * never mere suggestions.
 *
 * @param key              the signal's identity
 * @param sourceId         the stable source id; repeats from one source are not independent
 * @param relays           ids of earlier records (same situation) whose information this one passes on
 * @param knownOn          the day from which the evidence counts and decays
 * @param uncertaintyDays  how imprecise the signal's date is (0 for an exact day), for the precision discount
 * @param codes            the Framework codes that count, e.g. {@code RF07.04} or factor-level {@code RF10}
 * @param mitigating       evidence against risk (peaceful polls, results accepted, de-escalation)
 * @param fatalities       deaths reported, or {@code null}
 * @param casualtyEstimate the fatality figure is an overall estimate, not this incident's toll (not to be added up)
 * @param locality         where it happened relative to the situation's area
 */
public record Evidence(SignalKey key, String sourceId, List<String> relays, Reliability reliability,
                       Credibility credibility, LocalDate knownOn, long uncertaintyDays, SortedSet<String> codes,
                       boolean mitigating, Integer fatalities, boolean casualtyEstimate, Locality locality) {

    public Evidence {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(credibility, "credibility");
        Objects.requireNonNull(knownOn, "knownOn");
        Objects.requireNonNull(locality, "locality");
        relays = List.copyOf(relays);
        if (uncertaintyDays < 0) throw new IllegalArgumentException("uncertaintyDays cannot be negative");
        for (String code : codes) {
            if (!Taxonomy.wellFormed(code)) throw new IllegalArgumentException("not a Framework code: " + code);
        }
        codes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(codes));
        if (fatalities != null && fatalities < 0) throw new IllegalArgumentException("fatalities cannot be negative");
    }

    /**
     * Evidence from a signal. It counts from the earlier of the day its content can have been known
     * ({@code time().knownOn()}: the end of its month for a month-precision record) and the day Tocsin
     * received it, so that a live report dated "this month" counts from today, while a replayed
     * historical record counts from its own date.
     */
    public static Evidence of(Signal signal, Set<String> countingCodes, Locality locality) {
        LocalDate received = LocalDate.ofInstant(signal.receipt().recordedAt(), ZoneOffset.UTC);
        LocalDate known = signal.time().knownOn();
        return new Evidence(signal.key(), signal.sourceId(), signal.relays(), signal.reliability(), signal.credibility(),
                received.isBefore(known) ? received : known, signal.time().uncertaintyDays(), new TreeSet<>(countingCodes),
                signal.mitigating(), signal.fatalities(), signal.tags().contains("casualty_estimate"), locality);
    }

    /** As {@link #of(Signal, Set, Locality)} with a yes/no answer to "did it happen in the area?". */
    public static Evidence of(Signal signal, Set<String> countingCodes, boolean inArea) {
        return of(signal, countingCodes, inArea ? Locality.INSIDE : Locality.OUTSIDE);
    }

    /** As {@link #of(Signal, Set, Locality)}, locating the signal's place in the area. */
    public static Evidence of(Signal signal, Set<String> countingCodes, Area area, CountryNames countries) {
        return of(signal, countingCodes, area.locate(signal.place(), countries));
    }
}
