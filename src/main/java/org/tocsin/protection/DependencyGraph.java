package org.tocsin.protection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The force file's dependencies as a graph, for one question: when something is lost — a contingent
 * leaves, a site is left — what else loses what it relies on? The answer walks the edges backwards
 * ("who depends on what was lost?"), transitively, along the kinds that carry a loss
 * ({@link DependencyKind#carriesLoss}); each thing is reported once, by its shortest path, so cycles end.
 */
public final class DependencyGraph {

    private final List<Dependency> edges;

    public DependencyGraph(List<Dependency> edges) {
        this.edges = List.copyOf(edges);
    }

    /**
     * Something that depends, directly or through others, on what was lost.
     *
     * @param via        the edge through which the loss reached it
     * @param path       from it back to the lost thing, e.g. {@code [UNAMIR_TOTAL, KIGALI_AIRPORT, BEL_KIBAT]}
     * @param confidence the weakest confidence along the path
     */
    public record Dependent(String node, Dependency via, List<String> path, Confidence confidence) {
        public Dependent {
            path = List.copyOf(path);
        }

        public int depth() { return path.size() - 1; }

        /** "UNAMIR_TOTAL ← KIGALI_AIRPORT ← BEL_KIBAT". */
        public String pathText() {
            return String.join(" ← ", path);
        }
    }

    /** Everything that depends on {@code lost}, nearest first; the lost things themselves are not listed. */
    public List<Dependent> dependentsOf(Set<String> lost) {
        Deque<Dependent> queue = new ArrayDeque<>();
        List<Dependent> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(lost);
        for (String l : lost) queue.add(new Dependent(l, null, List.of(l), Confidence.HIGH));
        while (!queue.isEmpty()) {
            Dependent at = queue.removeFirst();
            for (Dependency d : edges) {
                if (!d.to().equals(at.node()) || !d.kind().carriesLoss() || seen.contains(d.from())) continue;
                seen.add(d.from());
                List<String> path = new ArrayList<>();
                path.add(d.from());
                path.addAll(at.path());
                Dependent next = new Dependent(d.from(), d, path, at.confidence().weakest(d.provenance().confidence()));
                out.add(next);
                queue.addLast(next);
            }
        }
        return out;
    }

    /** What {@code node} depends on. */
    public List<Dependency> of(String node) {
        return edges.stream().filter(d -> d.from().equals(node)).toList();
    }

    /** What depends on {@code node}, whatever the kind. */
    public List<Dependency> on(String node) {
        return edges.stream().filter(d -> d.to().equals(node)).toList();
    }

    public List<Dependency> edges() { return edges; }
}
