package org.tocsin.web;

import org.tocsin.access.Viewer;
import org.tocsin.intake.SignalKey;
import org.tocsin.intake.SignalStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * An explanation names the signals behind a level: their keys, their sources, their weights. A reader
 * whose roles do not cover a signal's label must not learn even that it exists (a withheld signal
 * answers as an unknown one), so this walks the explanation as JSON and drops every entry that names
 * a withheld signal, and every source cluster left with none; it counts what it dropped, so the
 * reader knows that the level rests on more than they can see. The level and score are unchanged:
 * they count every signal.
 */
final class WithheldEvidence {

    private final SignalStore signals;
    private final Viewer viewer;
    private final Map<SignalKey, Boolean> readable = new HashMap<>();
    private int withheld;

    WithheldEvidence(SignalStore signals, Viewer viewer) {
        this.signals = signals;
        this.viewer = viewer;
    }

    /** The value as JSON with withheld signals removed. */
    JsonNode filter(ObjectMapper json, Object value) {
        JsonNode tree = json.valueToTree(value);
        walk(tree);
        return tree;
    }

    int withheld() { return withheld; }

    private void walk(JsonNode node) {
        if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
                JsonNode e = it.next();
                if (namesWithheld(e) || emptiedCluster(e)) {
                    it.remove();
                    withheld++;
                } else {
                    walk(e);
                }
            }
            // a cluster is judged after its signals were filtered
            for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) if (emptiedCluster(it.next())) it.remove();
        } else if (node instanceof ObjectNode object) {
            for (var entry : object.properties()) walk(entry.getValue());
        }
    }

    private boolean namesWithheld(JsonNode e) {
        JsonNode key = e.get("key");
        if (key == null || !key.isObject() || !key.has("situation") || !key.has("id")) return false;
        SignalKey k = new SignalKey(key.get("situation").asString(), key.get("id").asString());
        return !readable.computeIfAbsent(k, x -> signals.find(x)
                .map(s -> s.readableBy(viewer)).orElse(false));
    }

    private boolean emptiedCluster(JsonNode e) {
        if (!(e instanceof ObjectNode o) || !o.has("signals") || !o.get("signals").isArray()) return false;
        walk(o.get("signals"));
        return o.get("signals").isEmpty();
    }
}
