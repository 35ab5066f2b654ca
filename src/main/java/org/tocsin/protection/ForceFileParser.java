package org.tocsin.protection;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a force file ({@code <case>.force.json}, ../shared/cases/FORMAT.md "Force file") into a
 * {@link ForceModel}, collecting every problem with the path of the field it concerns
 * ({@code mission.contingents[0].strength[2].confidence}). What is structured is parsed (ids, dates,
 * numbers, ranges, confidences, source ids); what the file says in words is kept as it is. Every
 * figure must carry {@code sources} (possibly empty) and a {@code confidence}; a source id a figure
 * names must exist in {@code sources}.
 */
public final class ForceFileParser {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");
    private static final long MAX_COUNT = 100_000_000L;
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_ITEMS = 10_000;

    public Parsed<ForceModel> parse(JsonNode root) {
        if (root == null || !root.isObject()) return Parsed.refused("$", "a force file must be a JSON object");
        Ctx x = new Ctx();
        x.noNul(root, "$");
        String title = x.text(root.path("meta"), "title", "meta.title", false).orElse("");
        Map<String, Source> sources = sources(root.get("sources"), x);
        x.sourceIds = sources.keySet();
        JsonNode mission = root.get("mission");
        List<Contingent> contingents = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        List<ForceEvent> events = new ArrayList<>();
        if (mission == null || !mission.isObject()) {
            x.error("mission", "is required: an object with contingents, sites, dependencies and events");
        } else {
            Set<String> ids = new HashSet<>();
            x.each(mission, "contingents", "mission.contingents", true, (n, p) -> contingent(n, p, x, ids).ifPresent(contingents::add));
            Set<String> contingentIds = new HashSet<>();
            contingents.forEach(c -> contingentIds.add(c.id()));
            x.each(mission, "sites", "mission.sites", false, (n, p) -> site(n, p, x, ids, contingentIds).ifPresent(sites::add));
            x.each(mission, "dependencies", "mission.dependencies", false, (n, p) -> dependency(n, p, x).ifPresent(dependencies::add));
            Set<String> siteIds = new HashSet<>();
            sites.forEach(s -> siteIds.add(s.id()));
            x.each(mission, "events", "mission.events", false, (n, p) -> event(n, p, x, Optional.empty(), siteIds).ifPresent(events::add));
        }
        List<ModelReference> models = new ArrayList<>();
        x.each(root, "doctrine_and_models", "doctrine_and_models", false, (n, p) -> model(n, p, x).ifPresent(models::add));
        if (!x.errors.isEmpty()) return Parsed.refused(x.errors);
        return Parsed.ok(new ForceModel(title, sources, contingents, sites, dependencies, events, models));
    }

    /** One figure on its own (an edit), with {@code path} as the prefix of its fields. */
    public Parsed<Figure> figure(JsonNode node, String path, Set<String> knownSources) {
        Ctx x = new Ctx();
        x.sourceIds = knownSources;
        x.noNul(node, path);
        Optional<Figure> f = figure(node, path, x);
        return x.errors.isEmpty() && f.isPresent() ? Parsed.ok(f.get()) : Parsed.refused(x.errors);
    }

    /** One guard on its own (an edit). */
    public Parsed<Guard> guard(JsonNode node, String path, Set<String> knownSources, Set<String> contingentIds) {
        Ctx x = new Ctx();
        x.sourceIds = knownSources;
        x.noNul(node, path);
        Optional<Guard> g = guard(node, path, x, contingentIds);
        return x.errors.isEmpty() && g.isPresent() ? Parsed.ok(g.get()) : Parsed.refused(x.errors);
    }

    /** One source entry on its own (an edit). */
    public Parsed<Source> source(String id, JsonNode node, String path) {
        Ctx x = new Ctx();
        x.noNul(node, path);
        if (!ID.matcher(id).matches()) x.error(path, "needs an id of letters, digits, '_', '.', ':' or '-' (at most 64)");
        Optional<Source> s = sourceEntry(id, node, path, x);
        return x.errors.isEmpty() && s.isPresent() ? Parsed.ok(s.get()) : Parsed.refused(x.errors);
    }

    // ---- parts ---------------------------------------------------------------------------------

    private static Map<String, Source> sources(JsonNode node, Ctx x) {
        Map<String, Source> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) {
            x.error("sources", "must be an object of citations keyed by id");
            return out;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String path = "sources." + e.getKey();
            if (!ID.matcher(e.getKey()).matches()) {
                x.error(path, "is not a usable source id (letters, digits, '_', '.', ':' or '-', at most 64)");
                continue;
            }
            sourceEntry(e.getKey(), e.getValue(), path, x).ifPresent(s -> out.put(s.id(), s));
        }
        return out;
    }

    private static Optional<Source> sourceEntry(String id, JsonNode node, String path, Ctx x) {
        if (!node.isObject()) {
            x.error(path, "must be an object with a citation");
            return Optional.empty();
        }
        Optional<String> citation = x.text(node, "citation", path + ".citation", true);
        return citation.map(c -> new Source(id, c, x.text(node, "url", path + ".url", false).orElse(""),
                x.text(node, "kind", path + ".kind", false).orElse(""),
                x.text(node, "reliability", path + ".reliability", false).orElse("")));
    }

    private static Optional<Contingent> contingent(JsonNode n, String p, Ctx x, Set<String> ids) {
        if (!n.isObject()) {
            x.error(p, "must be an object");
            return Optional.empty();
        }
        Optional<String> id = x.id(n, "id", p + ".id", ids);
        Optional<String> country = x.text(n, "country", p + ".country", true);
        String unit = x.text(n, "unit", p + ".unit", false).orElse("");
        List<String> roles = x.texts(n, "role", p + ".role");
        List<String> commanders = x.texts(n, "commanders", p + ".commanders");
        List<String> locations = x.texts(n, "locations", p + ".locations");
        Optional<SourcedText> equipment = Optional.empty();
        JsonNode eq = n.get("equipment");
        if (eq != null && !eq.isNull()) {
            if (!eq.isObject()) x.error(p + ".equipment", "must be an object with description, sources and confidence");
            else {
                Optional<String> d = x.text(eq, "description", p + ".equipment.description", true);
                Optional<Provenance> pr = provenance(eq, p + ".equipment", x);
                if (d.isPresent() && pr.isPresent()) equipment = Optional.of(new SourcedText(d.get(), pr.get()));
            }
        }
        List<Figure> strength = new ArrayList<>();
        x.each(n, "strength", p + ".strength", false, (f, fp) -> figure(f, fp, x).ifPresent(strength::add));
        String notes = x.text(n, "notes", p + ".notes", false).orElse("");
        if (id.isEmpty() || country.isEmpty()) return Optional.empty();
        return Optional.of(new Contingent(id.get(), country.get(), unit, ContingentKind.of(country.get()), roles, commanders,
                locations, equipment, new FigureSeries(strength), notes));
    }

    private static Optional<Site> site(JsonNode n, String p, Ctx x, Set<String> ids, Set<String> contingentIds) {
        if (!n.isObject()) {
            x.error(p, "must be an object");
            return Optional.empty();
        }
        Optional<String> id = x.id(n, "id", p + ".id", ids);
        Optional<String> name = x.text(n, "name", p + ".name", true);
        String city = x.text(n, "city", p + ".city", false).orElse("");
        Optional<Location> location = location(n.get("location"), p + ".location", x);
        List<Guard> guards = new ArrayList<>();
        x.each(n, "guards", p + ".guards", false, (g, gp) -> guard(g, gp, x, contingentIds).ifPresent(guards::add));
        List<Figure> population = new ArrayList<>();
        x.each(n, "population", p + ".population", false, (f, fp) -> figure(f, fp, x).ifPresent(population::add));
        List<ForceEvent> events = new ArrayList<>();
        x.each(n, "events", p + ".events", false, (e, ep) -> event(e, ep, x, id, Set.of()).ifPresent(events::add));
        String finding = x.text(n, "key_finding", p + ".key_finding", false).orElse("");
        if (id.isEmpty() || name.isEmpty()) return Optional.empty();
        return Optional.of(new Site(id.get(), name.get(), city, location, guards, new FigureSeries(population), events, finding));
    }

    private static Optional<Location> location(JsonNode n, String p, Ctx x) {
        if (n == null || n.isNull()) return Optional.empty();
        if (!n.isObject()) {
            x.error(p, "must be an object with lat, lon, precision and confidence");
            return Optional.empty();
        }
        Optional<Double> lat = x.coordinate(n, "lat", p + ".lat", 90);
        Optional<Double> lon = x.coordinate(n, "lon", p + ".lon", 180);
        if (lat.isPresent() != lon.isPresent()) x.error(p + (lat.isPresent() ? ".lon" : ".lat"), "must be given with the other coordinate");
        String precision = x.text(n, "precision", p + ".precision", false).orElse("");
        Optional<Provenance> pr = provenance(n, p, x, false);
        Optional<Location.Coordinates> coordinates = lat.isPresent() && lon.isPresent()
                ? Optional.of(new Location.Coordinates(lat.get(), lon.get())) : Optional.empty();
        return pr.map(pv -> new Location(coordinates, precision, pv));
    }

    private static Optional<Guard> guard(JsonNode n, String p, Ctx x, Set<String> contingentIds) {
        if (!n.isObject()) {
            x.error(p, "must be an object with from, to, contingent, sources and confidence");
            return Optional.empty();
        }
        Optional<DateSpan> from = x.date(n, "from", p + ".from");
        Optional<DateSpan> to = x.date(n, "to", p + ".to");
        if (from.isPresent() && to.isPresent() && to.get().latest().isBefore(from.get().earliest())) {
            x.error(p + ".to", "is before from");
        }
        Optional<String> by = x.text(n, "contingent", p + ".contingent", true);
        Optional<Estimate> troops = x.count(n, "troops", p + ".troops", false).flatMap(v -> v)
                .flatMap(v -> x.range(n, "troops_range", p + ".troops_range", v));
        Optional<Provenance> pr = provenance(n, p, x);
        String note = x.text(n, "note", p + ".note", false).orElse("");
        if (from.isEmpty() || to.isEmpty() || by.isEmpty() || pr.isEmpty()) return Optional.empty();
        Guard.GuardedBy guardedBy = contingentIds.contains(by.get()) ? new Guard.ByContingent(by.get()) : new Guard.ByDescription(by.get());
        return Optional.of(new Guard(from.get(), to.get(), guardedBy, troops, pr.get(), note));
    }

    private static Optional<Figure> figure(JsonNode n, String p, Ctx x) {
        if (!n.isObject()) {
            x.error(p, "must be an object with date, value, sources and confidence");
            return Optional.empty();
        }
        Optional<DateSpan> date = x.date(n, "date", p + ".date");
        Optional<Optional<Long>> value = x.count(n, "value", p + ".value", true);
        Optional<Estimate> estimate = value.flatMap(v -> v).flatMap(v -> x.range(n, "range", p + ".range", v));
        if (value.isPresent() && value.get().isEmpty() && n.has("range") && !n.get("range").isNull()) {
            x.error(p + ".range", "needs a value (a range without a value is not a figure)");
        }
        Optional<Provenance> pr = provenance(n, p, x);
        String note = x.text(n, "note", p + ".note", false).orElse("");
        if (date.isEmpty() || value.isEmpty() || pr.isEmpty()) return Optional.empty();
        if (value.get().isPresent() && estimate.isEmpty()) return Optional.empty();
        return Optional.of(new Figure(date.get(), estimate, pr.get(), note));
    }

    private static Optional<Dependency> dependency(JsonNode n, String p, Ctx x) {
        if (!n.isObject()) {
            x.error(p, "must be an object with from, to, type, sources and confidence");
            return Optional.empty();
        }
        Optional<String> from = x.id(n, "from", p + ".from", null);
        Optional<String> to = x.id(n, "to", p + ".to", null);
        Optional<String> type = x.text(n, "type", p + ".type", true);
        String description = x.text(n, "description", p + ".description", false).orElse("");
        Optional<Provenance> pr = provenance(n, p, x);
        if (from.isPresent() && from.equals(to)) x.error(p + ".to", "is the same as from: a thing cannot depend on itself");
        if (from.isEmpty() || to.isEmpty() || type.isEmpty() || pr.isEmpty() || from.equals(to)) return Optional.empty();
        return Optional.of(new Dependency(from.get(), to.get(), type.get(), DependencyKind.of(type.get()), description, pr.get()));
    }

    private static Optional<ForceEvent> event(JsonNode n, String p, Ctx x, Optional<String> ofSite, Set<String> siteIds) {
        if (!n.isObject()) {
            x.error(p, "must be an object with date, type, description, sources and confidence");
            return Optional.empty();
        }
        Optional<DateSpan> date = x.date(n, "date", p + ".date");
        String time = x.text(n, "time", p + ".time", false).orElse("");
        Optional<String> type = x.text(n, "type", p + ".type", true);
        Optional<String> site = x.text(n, "site", p + ".site", false);
        if (site.isPresent() && !siteIds.contains(site.get())) x.error(p + ".site", "names no site in mission.sites");
        Optional<String> actor = x.text(n, "actor", p + ".actor", false);
        String description = x.text(n, "description", p + ".description", false).orElse("");
        Optional<Provenance> pr = provenance(n, p, x);
        if (date.isEmpty() || type.isEmpty() || pr.isEmpty()) return Optional.empty();
        return Optional.of(new ForceEvent(date.get(), time, type.get(), ofSite.isPresent() ? ofSite : site, actor, description, pr.get()));
    }

    private static Optional<ModelReference> model(JsonNode n, String p, Ctx x) {
        if (!n.isObject()) {
            x.error(p, "must be an object");
            return Optional.empty();
        }
        Optional<String> id = x.id(n, "id", p + ".id", null);
        String title = x.text(n, "title", p + ".title", false).orElse("");
        String content = x.text(n, "key_content", p + ".key_content", false).orElse("");
        List<String> sources = x.sourceList(n, p + ".sources", false);
        JsonNode q = n.get("quantitative_model");
        if (q != null && !q.isNull() && !q.isBoolean()) x.error(p + ".quantitative_model", "must be true or false");
        return id.map(i -> new ModelReference(i, title, content, sources, q != null && q.isBoolean() && q.booleanValue()));
    }

    private static Optional<Provenance> provenance(JsonNode n, String p, Ctx x) {
        return provenance(n, p, x, true);
    }

    private static Optional<Provenance> provenance(JsonNode n, String p, Ctx x, boolean sourcesRequired) {
        List<String> sources = x.sourceList(n, p + ".sources", sourcesRequired);
        JsonNode c = n.get("confidence");
        if (c == null || c.isNull()) {
            x.error(p + ".confidence", "is required: high, medium, low or unconfirmed");
            return Optional.empty();
        }
        Optional<Confidence> confidence = c.isString() ? Confidence.parse(c.stringValue()) : Optional.empty();
        if (confidence.isEmpty()) {
            x.error(p + ".confidence", "must be high, medium, low or unconfirmed");
            return Optional.empty();
        }
        return Optional.of(new Provenance(sources, confidence.get()));
    }

    // ---- field readers that collect errors -------------------------------------------------------

    private static final class Ctx {
        final List<FieldError> errors = new ArrayList<>();
        Set<String> sourceIds = Set.of();

        void error(String field, String reason) {
            if (errors.size() < 100) errors.add(new FieldError(field, reason));
        }

        interface Item {
            void read(JsonNode node, String path);
        }

        void each(JsonNode parent, String field, String path, boolean required, Item item) {
            JsonNode a = parent.get(field);
            if (a == null || a.isNull()) {
                if (required) error(path, "is required (an array, possibly empty)");
                return;
            }
            if (!a.isArray()) {
                error(path, "must be an array");
                return;
            }
            if (a.size() > MAX_ITEMS) {
                error(path, "has more than " + MAX_ITEMS + " entries");
                return;
            }
            for (int i = 0; i < a.size(); i++) item.read(a.get(i), path + "[" + i + "]");
        }

        Optional<String> text(JsonNode n, String field, String path, boolean required) {
            JsonNode v = n == null ? null : n.get(field);
            if (v == null || v.isNull() || v.isMissingNode()) {
                if (required) error(path, "is required");
                return Optional.empty();
            }
            if (!v.isString() || (required && v.stringValue().isBlank())) {
                error(path, required ? "must be a non-blank string" : "must be a string");
                return Optional.empty();
            }
            if (v.stringValue().length() > MAX_TEXT) {
                error(path, "is longer than " + MAX_TEXT + " characters");
                return Optional.empty();
            }
            return Optional.of(v.stringValue());
        }

        /** A string, or an array of strings; absent is empty. */
        List<String> texts(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) return List.of();
            if (v.isString()) return List.of(v.stringValue());
            if (!v.isArray()) {
                error(path, "must be a string or an array of strings");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isString()) error(path + "[" + i + "]", "must be a string");
                else out.add(v.get(i).stringValue());
            }
            return out;
        }

        Optional<String> id(JsonNode n, String field, String path, Set<String> unique) {
            Optional<String> id = text(n, field, path, true);
            if (id.isEmpty()) return id;
            if (!ID.matcher(id.get()).matches()) {
                error(path, "must be an id of letters, digits, '_', '.', ':' or '-' (at most 64)");
                return Optional.empty();
            }
            if (unique != null && !unique.add(id.get())) {
                error(path, "repeats an id already used by a contingent or site");
                return Optional.empty();
            }
            return id;
        }

        Optional<DateSpan> date(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                error(path, "is required: YYYY-MM-DD, YYYY-MM or start/end");
                return Optional.empty();
            }
            Optional<DateSpan> d = v.isString() ? DateSpan.parse(v.stringValue()) : Optional.empty();
            if (d.isEmpty()) error(path, "must be a date written YYYY-MM-DD, YYYY-MM or start/end (start not after end)");
            return d;
        }

        /** Empty: refused (error recorded). Optional.of(empty): null, "not established". */
        Optional<Optional<Long>> count(JsonNode n, String field, String path, boolean required) {
            JsonNode v = n.get(field);
            if (v == null) {
                if (required) {
                    error(path, "is required: a whole number, or null when the number is not established");
                    return Optional.empty();
                }
                return Optional.of(Optional.empty());
            }
            if (v.isNull()) return Optional.of(Optional.empty());
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0 || v.longValue() > MAX_COUNT) {
                error(path, "must be a whole number from 0 to " + MAX_COUNT + ", or null");
                return Optional.empty();
            }
            return Optional.of(Optional.of(v.longValue()));
        }

        Optional<Estimate> range(JsonNode n, String field, String path, long value) {
            JsonNode r = n.get(field);
            if (r == null || r.isNull()) return Optional.of(Estimate.exactly(value));
            if (!r.isArray() || r.size() != 2 || !whole(r.get(0)) || !whole(r.get(1)) || r.get(0).longValue() > r.get(1).longValue()) {
                error(path, "must be [low, high]: two whole numbers from 0 to " + MAX_COUNT + ", low not above high");
                return Optional.empty();
            }
            return Optional.of(Estimate.of(value, r.get(0).longValue(), r.get(1).longValue()));
        }

        private static boolean whole(JsonNode v) {
            return v.isIntegralNumber() && v.canConvertToLong() && v.longValue() >= 0 && v.longValue() <= MAX_COUNT;
        }

        Optional<Double> coordinate(JsonNode n, String field, String path, double limit) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) return Optional.empty();
            if (!v.isNumber() || !(Math.abs(v.doubleValue()) <= limit)) {
                error(path, "must be a number from -" + (int) limit + " to " + (int) limit + ", or null");
                return Optional.empty();
            }
            return Optional.of(v.doubleValue());
        }

        List<String> sourceList(JsonNode n, String path, boolean required) {
            JsonNode v = n.get("sources");
            if (v == null || v.isNull()) {
                if (required) error(path, "is required: the ids of the figure's sources (an array, possibly empty)");
                return List.of();
            }
            if (!v.isArray()) {
                error(path, "must be an array of source ids");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode s = v.get(i);
                if (!s.isString()) error(path + "[" + i + "]", "must be a source id");
                else if (!sourceIds.contains(s.stringValue())) error(path + "[" + i + "]", "names no source in sources");
                else out.add(s.stringValue());
            }
            return out;
        }

        /** PostgreSQL cannot store a NUL character in JSON text: refuse it wherever it is. */
        void noNul(JsonNode n, String path) {
            if (n.isString()) {
                if (n.stringValue().indexOf('\0') >= 0) error(path, "contains a NUL character");
            } else if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) noNul(n.get(i), path + "[" + i + "]");
            } else if (n.isObject()) {
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    if (e.getKey().indexOf('\0') >= 0) error(path, "has a field name with a NUL character");
                    else noNul(e.getValue(), path.equals("$") ? e.getKey() : path + "." + e.getKey());
                }
            }
        }
    }
}
