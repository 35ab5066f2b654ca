package org.tocsin.escalation;

import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The actors a situation's records may implicate, with their {@code part_of} links. Implication
 * follows {@code part_of} upward: what implicates the Interahamwe implicates the MRND and, through
 * it, the government. {@code linked_to} is association, not membership, and carries no implication.
 */
public record Actors(Map<String, String> partOf) {

    public Actors {
        partOf = Map.copyOf(partOf);
    }

    public static Actors none() { return new Actors(Map.of()); }

    public static Actors parse(JsonNode details) {
        Map<String, String> m = new LinkedHashMap<>();
        for (JsonNode a : details.path("actors")) {
            String id = a.path("id").asString(null);
            String parent = a.path("part_of").asString(null);
            if (id != null && parent != null) m.put(id, parent);
        }
        return new Actors(m);
    }

    /** The actor and everything it is part of, nearest first; stops on a cycle. */
    public Set<String> lineage(String actor) {
        Set<String> out = new LinkedHashSet<>();
        for (String a = actor; a != null && out.add(a); a = partOf.get(a)) { /* climb */ }
        return out;
    }

    /** Every actor implicated by information naming these: each one and what it is part of. */
    public Set<String> implicated(Iterable<String> named) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : named) out.addAll(lineage(n));
        return out;
    }
}
