package org.tocsin.escalation;

import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Signal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signals an alert, request or briefing rests on, with those they relay (the 11 January cable
 * relays the informant's account): what they implicate, closed upward over {@code part_of}, and the
 * narrowest label among them (a label is never narrowed afterwards, so it starts narrow enough).
 */
public record EvidenceSet(List<String> ids, List<String> missing, Set<String> implicated, Tlp narrowest, String marking) {

    /** Finds a signal of the situation by its id. */
    @FunctionalInterface
    public interface Lookup {
        Optional<Signal> find(String situation, String id);
    }

    public EvidenceSet {
        ids = List.copyOf(ids);
        missing = List.copyOf(missing);
        implicated = Set.copyOf(new LinkedHashSet<>(implicated));
    }

    /** Accepts {@code rw-017} or {@code rwanda-1993-1994/rw-017}; another situation's key is reported missing. */
    public static EvidenceSet of(String situation, List<String> keys, Lookup lookup, Actors actors) {
        Map<String, Signal> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            String id = key;
            int slash = key.indexOf('/');
            if (slash >= 0) {
                if (!key.substring(0, slash).equals(situation)) { missing.add(key); continue; }
                id = key.substring(slash + 1);
            }
            String finalId = id;
            lookup.find(situation, id).ifPresentOrElse(s -> found.putIfAbsent(finalId, s), () -> missing.add(key));
        }
        for (Signal s : List.copyOf(found.values())) {
            for (String r : s.relays()) lookup.find(situation, r).ifPresent(x -> found.putIfAbsent(r, x));
        }
        return of(List.copyOf(found.values()), missing, actors);
    }

    public static EvidenceSet of(List<Signal> signals, List<String> missing, Actors actors) {
        List<String> ids = new ArrayList<>();
        List<String> named = new ArrayList<>();
        Tlp label = Tlp.CLEAR;
        String marking = null;
        for (Signal s : signals) {
            ids.add(s.key().id());
            named.addAll(s.implicates());
            label = LabelPolicy.narrowest(label, s.label());
            if (s.marking() != null) {
                label = LabelPolicy.narrowest(label, Tlp.fromMarking(s.marking()).orElse(Tlp.AMBER));
                if (marking == null) marking = s.marking();
            }
        }
        return new EvidenceSet(ids, missing, actors.implicated(named), label, marking);
    }

    public List<String> implicatedList() { return List.copyOf(new java.util.TreeSet<>(implicated)); }
}
