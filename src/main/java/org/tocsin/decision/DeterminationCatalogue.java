package org.tocsin.decision;

import org.tocsin.taxonomy.Taxonomy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The legal structure of determinations as versioned data ({@code determination/elements.json},
 * encoded from {@code ../shared/reference/determination.md}): elements, determination types, inference
 * rules, standards of proof, the obligations catalogue and the mapping from Framework of Analysis
 * codes to elements. Loading checks the file's internal consistency and fails naming the item, so a
 * lawyer's edit that breaks it is caught at start, not in a determination.
 */
public final class DeterminationCatalogue {

    public static final String RESOURCE = "/determination/elements.json";

    /** A status as the data file defines it. */
    public record StatusDefinition(String id, String text, String reference) {}

    private final String id;
    private final String version;
    private final String title;
    private final String source;
    private final Map<String, String> markers;
    private final List<StatusDefinition> statuses;
    private final Map<StandardOfProof, StandardDefinition> standards;
    private final StandardOfProof defaultStandard;
    private final Map<String, InferenceRule> rules;
    private final Map<String, LegalElement> elements;
    private final Map<String, DeterminationType> types;
    private final Map<String, ObligationDefinition> obligations;
    private final List<IndicatorMapping> mappings;
    private final Map<String, String> unmapped;

    private DeterminationCatalogue(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.title = b.title;
        this.source = b.source;
        this.markers = Map.copyOf(b.markers);
        this.statuses = List.copyOf(b.statuses);
        this.standards = java.util.Collections.unmodifiableMap(new EnumMap<>(b.standards));
        this.defaultStandard = b.defaultStandard;
        this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
        this.elements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.elements));
        this.types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.types));
        this.obligations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.obligations));
        this.mappings = List.copyOf(b.mappings);
        this.unmapped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.unmapped));
    }

    /** The catalogue as shipped with Tocsin, checked against the Framework taxonomy. */
    public static DeterminationCatalogue standard() {
        return standard(Taxonomy.framework());
    }

    public static DeterminationCatalogue standard(Taxonomy taxonomy) {
        try (InputStream in = DeterminationCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return load(in, taxonomy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DeterminationCatalogue load(InputStream in, Taxonomy taxonomy) {
        JsonNode root = JsonMapper.builder().build().readTree(in);
        Builder b = new Builder();
        b.id = required(root, "catalogue", "catalogue");
        b.version = required(root, "version", "version");
        b.title = required(root, "title", "title");
        b.source = required(root, "source", "source");
        root.path("markers").properties().forEach(e -> b.markers.put(e.getKey(), e.getValue().asString()));
        for (JsonNode s : root.path("statuses")) {
            String sid = required(s, "id", "statuses[]");
            if (ElementStatus.parse(sid).isEmpty()) throw invalid("statuses: unknown status " + sid);
            b.statuses.add(new StatusDefinition(sid, required(s, "text", sid), text(s, "reference")));
        }
        for (JsonNode s : root.path("standards")) {
            String sid = required(s, "id", "standards[]");
            StandardOfProof sop = StandardOfProof.parse(sid).orElseThrow(() -> invalid("standards: unknown standard " + sid));
            if (s.path("rank").asInt(-1) != sop.rank()) throw invalid("standards: " + sid + " has rank " + s.path("rank") + ", the code ranks it " + sop.rank());
            boolean risk = "risk".equals(text(s, "axis"));
            if (risk != sop.isRiskThreshold()) throw invalid("standards: " + sid + " is on the wrong axis");
            b.standards.put(sop, new StandardDefinition(sop, required(s, "label", sid), text(s, "used_by"), text(s, "definition"),
                    s.path("only_reasonable_inference").asBoolean(false), text(s, "provenance")));
        }
        for (StandardOfProof sop : StandardOfProof.values()) {
            if (!b.standards.containsKey(sop)) throw invalid("standards: " + sop.id() + " is missing");
        }
        b.defaultStandard = standard(required(root, "default_standard", "default_standard"), "default_standard");

        for (JsonNode e : root.path("elements")) {
            String eid = required(e, "id", "elements[]");
            LegalElement element = new LegalElement(eid, required(e, "name", eid), required(e, "kind", eid),
                    required(e, "level", eid), required(e, "text", eid), text(e, "typical_evidence"), text(e, "interpretation"),
                    required(e, "provenance", eid), e.path("exclusion_test").asBoolean(false), text(e, "reference"));
            if (!Set.of("situation", "individual").contains(element.level())) throw invalid(eid + ": level must be situation or individual");
            if (b.elements.put(eid, element) != null) throw invalid("elements: " + eid + " appears twice");
        }
        for (JsonNode r : root.path("inference_rules")) {
            String rid = required(r, "id", "inference_rules[]");
            Set<String> applies = new LinkedHashSet<>();
            for (JsonNode a : r.path("applies_to")) {
                if (!b.elements.containsKey(a.asString())) throw invalid(rid + ": applies to unknown element " + a.asString());
                applies.add(a.asString());
            }
            if (applies.isEmpty()) throw invalid(rid + ": applies to no element");
            if (b.rules.put(rid, new InferenceRule(rid, required(r, "text", rid), required(r, "source", rid),
                    text(r, "provenance"), applies)) != null) throw invalid("inference_rules: " + rid + " appears twice");
        }
        for (JsonNode o : root.path("obligations")) {
            String oid = required(o, "id", "obligations[]");
            var kind = ObligationDefinition.Kind.parse(required(o, "kind", oid)).orElseThrow(() -> invalid(oid + ": unknown kind"));
            Duration within = null;
            String w = text(o, "due_within");
            if (w != null) {
                try {
                    within = Duration.parse(w);
                } catch (DateTimeParseException ex) {
                    throw invalid(oid + ": due_within is not an ISO 8601 duration: " + w);
                }
            }
            try {
                b.obligations.put(oid, new ObligationDefinition(oid, kind, required(o, "duty", oid), text(o, "trigger"),
                        text(o, "source"), text(o, "provenance"), text(o, "owner"), within, text(o, "due_within_provenance")));
            } catch (IllegalArgumentException ex) {
                throw invalid(ex.getMessage());
            }
        }
        for (JsonNode t : root.path("determination_types")) b.addType(t);
        b.checkFallbacks();
        for (JsonNode m : root.path("mappings")) b.addMapping(m, taxonomy);
        root.path("unmapped").properties().forEach(e -> b.unmapped.put(e.getKey(), e.getValue().asString()));
        if (b.types.isEmpty()) throw invalid("no determination types");
        return new DeterminationCatalogue(b);
    }

    // ---- lookups -------------------------------------------------------------------------------

    public String id() { return id; }

    public String version() { return version; }

    public String title() { return title; }

    public String source() { return source; }

    public Map<String, String> markers() { return markers; }

    public List<StatusDefinition> statuses() { return statuses; }

    public Collection<StandardDefinition> standards() { return standards.values(); }

    public StandardDefinition standard(StandardOfProof s) { return standards.get(s); }

    public StandardOfProof defaultStandard() { return defaultStandard; }

    public Collection<InferenceRule> inferenceRules() { return rules.values(); }

    public Optional<InferenceRule> rule(String id) { return Optional.ofNullable(rules.get(id)); }

    public Collection<LegalElement> elements() { return elements.values(); }

    public Optional<LegalElement> element(String id) { return Optional.ofNullable(elements.get(id)); }

    public Collection<DeterminationType> types() { return types.values(); }

    public Optional<DeterminationType> type(String id) { return Optional.ofNullable(types.get(id)); }

    public Collection<ObligationDefinition> obligations() { return obligations.values(); }

    public Optional<ObligationDefinition> obligation(String id) { return Optional.ofNullable(obligations.get(id)); }

    public List<IndicatorMapping> mappings() { return mappings; }

    /** Factors the reference names as bearing on no element, with why. */
    public Map<String, String> unmapped() { return unmapped; }

    /** The mappings that cover a Framework code (a factor-level mapping covers its indicators). */
    public List<IndicatorMapping> mappingsFor(String code) {
        return mappings.stream().filter(m -> m.matches(code)).toList();
    }

    // ---- loading -------------------------------------------------------------------------------

    private static final class Builder {
        String id, version, title, source;
        final Map<String, String> markers = new LinkedHashMap<>();
        final List<StatusDefinition> statuses = new ArrayList<>();
        final Map<StandardOfProof, StandardDefinition> standards = new EnumMap<>(StandardOfProof.class);
        StandardOfProof defaultStandard;
        final Map<String, InferenceRule> rules = new LinkedHashMap<>();
        final Map<String, LegalElement> elements = new LinkedHashMap<>();
        final Map<String, DeterminationType> types = new LinkedHashMap<>();
        final Map<String, ObligationDefinition> obligations = new LinkedHashMap<>();
        final List<IndicatorMapping> mappings = new ArrayList<>();
        final Map<String, String> unmapped = new LinkedHashMap<>();

        void addType(JsonNode t) {
            String tid = required(t, "id", "determination_types[]");
            Map<Question, String> statements = new LinkedHashMap<>();
            for (var e : t.path("statements").properties()) {
                Question q = Question.parse(e.getKey()).orElseThrow(() -> invalid(tid + ": unknown question " + e.getKey()));
                statements.put(q, e.getValue().asString());
            }
            Set<StandardOfProof> allowed = new LinkedHashSet<>();
            for (JsonNode s : t.path("standards")) allowed.add(standard(s.asString(), tid + ".standards"));
            StandardOfProof dflt = standard(required(t, "default_standard", tid), tid + ".default_standard");
            List<DeterminationType.Group> groups = new ArrayList<>();
            for (JsonNode g : t.path("groups")) groups.add(new DeterminationType.Group(required(g, "id", tid), required(g, "name", tid)));
            Set<String> groupIds = new HashSet<>();
            groups.forEach(g -> groupIds.add(g.id()));
            List<DeterminationType.TypeElement> typeElements = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Map<String, Integer> groupSizes = new LinkedHashMap<>();
            for (JsonNode e : t.path("elements")) {
                String eid = required(e, "element", tid);
                if (!elements.containsKey(eid)) throw invalid(tid + ": unknown element " + eid);
                if (!seen.add(eid)) throw invalid(tid + ": element " + eid + " appears twice");
                var kind = Requirement.Kind.parse(required(e, "requirement", tid + "/" + eid))
                        .orElseThrow(() -> invalid(tid + "/" + eid + ": requirement must be required, one_of or optional"));
                String group = text(e, "group");
                if (kind == Requirement.Kind.ONE_OF) {
                    if (group == null || !groupIds.contains(group)) throw invalid(tid + "/" + eid + ": names no declared group");
                    groupSizes.merge(group, 1, Integer::sum);
                } else if (group != null) {
                    throw invalid(tid + "/" + eid + ": only one_of elements belong to a group");
                }
                typeElements.add(new DeterminationType.TypeElement(eid, new Requirement(kind, kind == Requirement.Kind.ONE_OF ? group : null)));
            }
            for (String g : groupIds) {
                if (groupSizes.getOrDefault(g, 0) < 2) throw invalid(tid + ": group " + g + " needs at least two alternatives");
                if (elements.containsKey(g)) throw invalid(tid + ": group id " + g + " is also an element id");
            }
            if (typeElements.stream().noneMatch(te -> te.requirement().counts())) throw invalid(tid + ": no element enters the conclusion");
            List<DeterminationType.ObligationTrigger> triggers = new ArrayList<>();
            for (JsonNode o : t.path("obligations")) {
                String oid = required(o, "obligation", tid);
                ObligationDefinition def = obligations.get(oid);
                if (def == null) throw invalid(tid + ": unknown obligation " + oid);
                if (!def.tracked()) throw invalid(tid + ": " + oid + " is a standing obligation, not opened by a determination");
                Set<Conclusion> on = new HashSet<>();
                for (JsonNode c : o.path("on")) on.add(Conclusion.parse(c.asString()).orElseThrow(() -> invalid(tid + "/" + oid + ": unknown conclusion " + c)));
                if (on.isEmpty()) throw invalid(tid + "/" + oid + ": opened on no conclusion");
                triggers.add(new DeterminationType.ObligationTrigger(oid, on));
            }
            DeterminationType.Fallback fallback = null;
            JsonNode f = t.path("fallback");
            if (f.isObject()) {
                List<String> focus = new ArrayList<>();
                f.path("elements").forEach(x -> focus.add(x.asString()));
                fallback = new DeterminationType.Fallback(required(f, "type", tid + ".fallback"), focus, required(f, "reason", tid + ".fallback"));
            }
            try {
                DeterminationType type = new DeterminationType(tid, required(t, "name", tid), required(t, "crime", tid),
                        required(t, "framework", tid), text(t, "provenance"), text(t, "reference"), statements, text(t, "reading"),
                        allowed, dflt, groups, typeElements, triggers, fallback);
                if (type.isSeriousRisk() != allowed.equals(Set.of(StandardOfProof.SERIOUS_RISK))) {
                    throw invalid(tid + ": a serious-risk type is made at the serious-risk standard, and only it");
                }
                if (types.put(tid, type) != null) throw invalid("determination_types: " + tid + " appears twice");
            } catch (IllegalArgumentException ex) {
                throw invalid(ex.getMessage());
            }
            if (fallback != null) checkFallbacksLater.add(fallback);
        }

        final List<DeterminationType.Fallback> checkFallbacksLater = new ArrayList<>();

        /** A fallback may name a type declared after the one that falls back to it. */
        void checkFallbacks() {
            for (DeterminationType.Fallback f : checkFallbacksLater) {
                DeterminationType target = types.get(f.type());
                if (target == null) throw invalid("fallback to unknown type " + f.type());
                for (String e : f.elements()) if (target.requirementOf(e).isEmpty()) throw invalid("fallback element " + e + " is not in " + f.type());
            }
        }

        void addMapping(JsonNode m, Taxonomy taxonomy) {
            List<String> codes = new ArrayList<>();
            for (JsonNode c : m.path("codes")) {
                String code = c.asString();
                if (!Taxonomy.wellFormed(code) || !taxonomy.knows(code)) throw invalid("mappings: " + code + " is not a Framework code");
                codes.add(code);
            }
            if (codes.isEmpty()) throw invalid("mappings: a mapping without codes");
            List<String> targets = new ArrayList<>();
            for (JsonNode e : m.path("elements")) {
                String target = e.asString();
                boolean isGroup = types.values().stream().anyMatch(t -> t.group(target).isPresent());
                if (!elements.containsKey(target) && !isGroup) throw invalid("mappings " + codes + ": unknown element or group " + target);
                targets.add(target);
            }
            List<String> mappedRules = new ArrayList<>();
            for (JsonNode r : m.path("inference_rules")) {
                if (!rules.containsKey(r.asString())) throw invalid("mappings " + codes + ": unknown inference rule " + r.asString());
                mappedRules.add(r.asString());
            }
            if (targets.isEmpty() && mappedRules.isEmpty()) throw invalid("mappings " + codes + ": maps to nothing (list it under unmapped)");
            mappings.add(new IndicatorMapping(codes, targets, mappedRules, required(m, "source", "mappings " + codes), text(m, "provenance")));
        }
    }

    private static StandardOfProof standard(String id, String where) {
        return StandardOfProof.parse(id).orElseThrow(() -> invalid(where + ": unknown standard " + id));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static String required(JsonNode node, String field, String where) {
        String v = text(node, field);
        if (v == null || v.isBlank()) throw invalid(where + ": " + field + " is required");
        return v;
    }

    private static IllegalStateException invalid(String what) {
        return new IllegalStateException(RESOURCE + ": " + what);
    }
}
