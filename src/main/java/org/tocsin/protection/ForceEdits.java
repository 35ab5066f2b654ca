package org.tocsin.protection;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Edits by commanders and desk officers: each adds to the force — a strength reported, people counted
 * at a site, a guard assigned, a source cited — and the result is a new version; nothing already in the
 * force is overwritten or removed (a correction is a newer figure with its own source). The request:
 * <pre>
 * {"reason": "FC sitrep 22 Apr", "base_version": 3, "edits": [
 *   {"kind": "source_added", "id": "FC_SITREP_0422", "source": {"citation": "...", "kind": "field_report"}},
 *   {"kind": "strength_reported", "contingent": "GHA_GHANBAT", "figure": {"date": "1994-04-22", "value": 450,
 *     "range": [400, 458], "sources": ["FC_SITREP_0422"], "confidence": "medium"}},
 *   {"kind": "population_reported", "site": "KFH", "figure": {...}},
 *   {"kind": "guard_assigned", "site": "KFH", "guard": {"from": "1994-04-22", "to": "1994-07-04",
 *     "contingent": "GHA_GHANBAT", "sources": [...], "confidence": "low"}}]}
 * </pre>
 * {@code base_version}, when given, must be the latest version: an edit made on an older one is refused
 * rather than silently applied on top of someone else's.
 */
public final class ForceEdits {

    private static final int MAX_EDITS = 200;

    public record Request(String reason, OptionalInt baseVersion, List<JsonNode> edits) {
        public Request {
            edits = List.copyOf(edits);
        }
    }

    private final ForceFileParser parser = new ForceFileParser();

    public Parsed<Request> parse(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "an edit must be a JSON object");
        List<FieldError> errors = new ArrayList<>();
        JsonNode reason = body.get("reason");
        if (reason == null || !reason.isString() || reason.stringValue().isBlank()) {
            errors.add(new FieldError("reason", "is required: why the force is being changed"));
        } else if (reason.stringValue().length() > 4000) {
            errors.add(new FieldError("reason", "is longer than 4000 characters"));
        } else if (reason.stringValue().indexOf('\0') >= 0) {
            errors.add(new FieldError("reason", "contains a NUL character"));
        }
        OptionalInt base = OptionalInt.empty();
        JsonNode b = body.get("base_version");
        if (b != null && !b.isNull()) {
            if (!b.isIntegralNumber() || !b.canConvertToInt() || b.intValue() < 1) errors.add(new FieldError("base_version", "must be a version number (1 or more)"));
            else base = OptionalInt.of(b.intValue());
        }
        JsonNode edits = body.get("edits");
        List<JsonNode> list = new ArrayList<>();
        if (edits == null || !edits.isArray() || edits.isEmpty()) {
            errors.add(new FieldError("edits", "is required: a non-empty array of edits"));
        } else if (edits.size() > MAX_EDITS) {
            errors.add(new FieldError("edits", "has more than " + MAX_EDITS + " entries"));
        } else {
            edits.forEach(list::add);
        }
        if (!errors.isEmpty()) return Parsed.refused(errors);
        return Parsed.ok(new Request(reason.stringValue(), base, list));
    }

    /** The document with the edits applied, validated as a whole; the errors name {@code edits[i]...}. */
    public Parsed<ObjectNode> apply(JsonNode document, ForceModel current, Request request) {
        ObjectNode doc = (ObjectNode) document.deepCopy();
        List<FieldError> errors = new ArrayList<>();
        Set<String> sources = new HashSet<>(current.sources().keySet());
        Set<String> contingents = new HashSet<>();
        current.contingents().forEach(c -> contingents.add(c.id()));
        for (int i = 0; i < request.edits().size(); i++) {
            JsonNode e = request.edits().get(i);
            String p = "edits[" + i + "]";
            if (!e.isObject()) {
                errors.add(new FieldError(p, "must be an object with a kind"));
                continue;
            }
            String kind = e.path("kind").isString() ? e.get("kind").stringValue() : "";
            switch (kind) {
                case "source_added" -> {
                    String id = e.path("id").isString() ? e.get("id").stringValue() : null;
                    if (id == null) {
                        errors.add(new FieldError(p + ".id", "is required: the id figures will cite"));
                    } else if (sources.contains(id)) {
                        errors.add(new FieldError(p + ".id", "already names a source: sources are never replaced"));
                    } else {
                        switch (parser.source(id, e.path("source"), p + ".source")) {
                            case Parsed.Ok<Source> ok -> {
                                sources.add(id);
                                object(doc, "sources").set(id, e.get("source").deepCopy());
                            }
                            case Parsed.Refused<Source> r -> errors.addAll(r.errors());
                        }
                    }
                }
                case "strength_reported", "population_reported" -> {
                    boolean strength = kind.equals("strength_reported");
                    String field = strength ? "contingent" : "site";
                    ObjectNode target = find(doc, strength ? "contingents" : "sites", e.path(field));
                    if (target == null) {
                        errors.add(new FieldError(p + "." + field, strength ? "names no contingent in the force" : "names no protected site in the force"));
                        continue;
                    }
                    switch (parser.figure(e.path("figure"), p + ".figure", sources)) {
                        case Parsed.Ok<Figure> ok -> array(target, strength ? "strength" : "population").add(e.get("figure").deepCopy());
                        case Parsed.Refused<Figure> r -> errors.addAll(r.errors());
                    }
                }
                case "guard_assigned" -> {
                    ObjectNode site = find(doc, "sites", e.path("site"));
                    if (site == null) {
                        errors.add(new FieldError(p + ".site", "names no protected site in the force"));
                        continue;
                    }
                    switch (parser.guard(e.path("guard"), p + ".guard", sources, contingents)) {
                        case Parsed.Ok<Guard> ok -> array(site, "guards").add(e.get("guard").deepCopy());
                        case Parsed.Refused<Guard> r -> errors.addAll(r.errors());
                    }
                }
                default -> errors.add(new FieldError(p + ".kind",
                        "must be strength_reported, population_reported, guard_assigned or source_added"));
            }
        }
        if (!errors.isEmpty()) return Parsed.refused(errors);
        return switch (parser.parse(doc)) {
            case Parsed.Ok<ForceModel> ok -> Parsed.ok(doc);
            case Parsed.Refused<ForceModel> r -> Parsed.refused(r.errors());
        };
    }

    private static ObjectNode find(ObjectNode doc, String list, JsonNode id) {
        if (!id.isString()) return null;
        JsonNode items = doc.path("mission").path(list);
        for (JsonNode n : items) {
            if (n.isObject() && id.stringValue().equals(n.path("id").asString(null))) return (ObjectNode) n;
        }
        return null;
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode n = parent.get(field);
        return n instanceof ObjectNode o ? o : parent.putObject(field);
    }

    private static ArrayNode array(ObjectNode parent, String field) {
        JsonNode n = parent.get(field);
        return n instanceof ArrayNode a ? a : parent.putArray(field);
    }
}
