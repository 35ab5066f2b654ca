package org.tocsin.fusion;

import java.util.HashMap;
import java.util.Map;

/**
 * Which reports are independent of which: a union-find over sources and records. A record joins its
 * source's cluster (repeats from one source are one cluster); a record that relays earlier records
 * joins <em>their</em> cluster instead (a relay is not corroboration of what it relays). A record may
 * name a relayed record before it arrives; the two clusters merge when it does.
 */
final class Independence {

    /** The surviving root of a union and the root it absorbed. */
    record Merge(String absorbed, String survivor) {}

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Integer> size = new HashMap<>();

    static String sourceNode(String sourceId) { return "source:" + sourceId; }

    static String recordNode(String recordId) { return "record:" + recordId; }

    /** The cluster (root) a node belongs to; a new node is its own cluster. Near O(1) with path halving. */
    String find(String node) {
        String p = parent.get(node);
        if (p == null) {
            parent.put(node, node);
            size.put(node, 1);
            return node;
        }
        while (!p.equals(node)) {
            String grand = parent.get(p);
            parent.put(node, grand);
            node = p;
            p = parent.get(node);
        }
        return node;
    }

    /** Joins two nodes' clusters; the smaller is absorbed. Returns the merge, or null if already one cluster. */
    Merge union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) return null;
        int sa = size.get(ra);
        int sb = size.get(rb);
        String survivor = sa >= sb ? ra : rb;
        String absorbed = survivor.equals(ra) ? rb : ra;
        parent.put(absorbed, survivor);
        size.put(survivor, sa + sb);
        size.remove(absorbed);
        return new Merge(absorbed, survivor);
    }
}
