package org.tocsin.fusion;

import org.tocsin.intake.SignalKey;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The evidence for one thing (an indicator code, mitigation, or killing) grouped by independence
 * cluster. Every value is a weight in log form anchored at epoch day 0: a signal of weight w known on
 * day d is stored as {@code log2 w + d/h}, and its weight on day t is {@code 2^(stored − t/h)}. All
 * entries of a track share one half-life h, so decay never changes their order and the per-cluster
 * bests and the exact total stay valid without being touched as time passes.
 *
 * <p>Per cluster the track keeps the best and second-best report; the cluster contributes
 * {@code best + repeatShare × second}: a source repeating itself (or relaying another) adds little.
 * The track's mass is the exact sum of its clusters' contributions: independent sources add up.
 */
final class Track {

    private static final double LN2 = StrictMath.log(2);

    /** One report: its anchored log weight, and who made it. */
    record Entry(double log2, SignalKey key, String sourceId) {
        /** Heavier first; ties broken by key, so the choice does not depend on arrival order. */
        static final Comparator<Entry> ORDER = Comparator.comparingDouble(Entry::log2).reversed()
                .thenComparing(e -> e.key().situation()).thenComparing(e -> e.key().id());
    }

    /** One independence cluster's evidence on this track. */
    static final class Cluster {
        Entry best;
        Entry second;
        int reports;
        double log2;
        ExactSum.Term term;

        void offer(Entry e) {
            if (best == null || Entry.ORDER.compare(e, best) < 0) {
                second = best;
                best = e;
            } else if (second == null || Entry.ORDER.compare(e, second) < 0) {
                second = e;
            }
        }

        void update(double repeatShare) {
            // log2(2^b + r·2^s) = b + log2(1 + r·2^(s−b)), computed without leaving log form.
            log2 = second == null || repeatShare == 0 ? best.log2()
                    : best.log2() + StrictMath.log1p(repeatShare * StrictMath.pow(2, second.log2() - best.log2())) / LN2;
            term = ExactSum.Term.of(log2);
        }
    }

    final String name;
    final double halfLifeDays;
    private final double repeatShare;
    final Map<String, Cluster> clusters = new HashMap<>();
    private final ExactSum mass = new ExactSum();
    /** The largest cluster contribution; contributions only grow (by reports or merges), so a running max is exact. */
    private double maxLog2 = Double.NEGATIVE_INFINITY;

    Track(String name, double halfLifeDays, double repeatShare) {
        this.name = name;
        this.halfLifeDays = halfLifeDays;
        this.repeatShare = repeatShare;
    }

    /** The anchored log form of weight {@code weight} known on epoch day {@code day}. */
    double anchor(double log2Weight, long day) {
        return log2Weight + day / halfLifeDays;
    }

    /** Adds a report to a cluster: O(1). */
    void add(String cluster, Entry entry) {
        Cluster c = clusters.get(cluster);
        if (c == null) {
            c = new Cluster();
            clusters.put(cluster, c);
        } else {
            mass.subtract(c.term);
        }
        c.reports++;
        c.offer(entry);
        c.update(repeatShare);
        mass.add(c.term);
        maxLog2 = Math.max(maxLog2, c.log2);
    }

    /** Two clusters became one (a relay linked them): their bests combine, and the total is re-summed exactly. */
    void merge(String absorbed, String survivor) {
        Cluster from = clusters.remove(absorbed);
        if (from == null) return;
        Cluster into = clusters.get(survivor);
        if (into == null) {
            clusters.put(survivor, from);
            return;
        }
        mass.subtract(from.term);
        mass.subtract(into.term);
        into.reports += from.reports;
        into.offer(from.best);
        if (from.second != null) into.offer(from.second);
        into.update(repeatShare);
        mass.add(into.term);
        maxLog2 = Math.max(maxLog2, into.log2);
    }

    /** The track's evidence mass on a day. */
    double massOn(long day) {
        return at(mass.log2(), day);
    }

    /** The largest single cluster's contribution on a day. */
    double strongestClusterOn(long day) {
        return at(maxLog2, day);
    }

    /** A stored anchored value as a weight on a day. */
    double at(double anchoredLog2, long day) {
        return anchoredLog2 == Double.NEGATIVE_INFINITY ? 0 : StrictMath.pow(2, anchoredLog2 - day / halfLifeDays);
    }

    int independentSources() {
        return clusters.size();
    }
}
