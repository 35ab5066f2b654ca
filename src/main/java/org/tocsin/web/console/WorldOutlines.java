package org.tocsin.web.console;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Country outlines from Natural Earth 1:50m, as redistributed by the world-atlas package (TopoJSON,
 * ISC; {@code static/vendor/world-atlas/}). The TopoJSON is decoded here, on the server, in a few lines
 * (quantised delta-encoded arcs, rings of arc indices), so the map reaches the browser as a small
 * clipped SVG and never as a 750 KB file and a script to read it. Loaded on first use, then kept.
 * world-atlas names countries by their ISO 3166-1 numeric code; situations use alpha-2
 * ({@code console/iso-3166-numeric.csv} maps one to the other).
 */
@Component
class WorldOutlines {

    static final String TOPOLOGY = "/static/vendor/world-atlas/countries-50m.json";
    static final String CODES = "/console/iso-3166-numeric.csv";

    /** A box in degrees. */
    record Bounds(double west, double south, double east, double north) {
        boolean intersects(Bounds o) { return west <= o.east && o.west <= east && south <= o.north && o.south <= north; }

        Bounds union(Bounds o) {
            return new Bounds(Math.min(west, o.west), Math.min(south, o.south), Math.max(east, o.east), Math.max(north, o.north));
        }

        Bounds grow(double degrees) { return new Bounds(west - degrees, south - degrees, east + degrees, north + degrees); }

        double area() { return (east - west) * (north - south); }

        static Bounds of(double[] ring) {
            double w = Double.MAX_VALUE, s = Double.MAX_VALUE, e = -Double.MAX_VALUE, n = -Double.MAX_VALUE;
            for (int i = 0; i < ring.length; i += 2) {
                w = Math.min(w, ring[i]);
                e = Math.max(e, ring[i]);
                s = Math.min(s, ring[i + 1]);
                n = Math.max(n, ring[i + 1]);
            }
            return new Bounds(w, s, e, n);
        }
    }

    /** One polygon: rings of interleaved lon, lat (the first is the outer ring). */
    record Polygon(List<double[]> rings, Bounds bounds) {}

    record Country(String numeric, String name, List<Polygon> polygons) {
        /**
         * The box of the country's main body: its largest polygon and the polygons near it, so that
         * France is shown as France, not with French Guiana stretching the map across the Atlantic.
         */
        Bounds mainBounds() {
            Polygon largest = polygons.stream().max((a, b) -> Double.compare(a.bounds().area(), b.bounds().area())).orElseThrow();
            Bounds near = largest.bounds().grow(5);
            Bounds out = largest.bounds();
            for (Polygon p : polygons) if (p.bounds().intersects(near)) out = out.union(p.bounds());
            return out;
        }
    }

    private record Atlas(List<Country> countries, Map<String, Country> byAlpha2) {}

    private volatile Atlas atlas;

    Optional<Country> country(String alpha2) {
        return alpha2 == null ? Optional.empty() : Optional.ofNullable(atlas().byAlpha2().get(alpha2));
    }

    List<Country> countries() { return atlas().countries(); }

    private Atlas atlas() {
        Atlas a = atlas;
        if (a == null) {
            synchronized (this) {
                if (atlas == null) atlas = load();
                a = atlas;
            }
        }
        return a;
    }

    private static Atlas load() {
        Map<String, String> alpha2ByNumeric = new HashMap<>();
        try (InputStream in = resource(CODES);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split(",");
                alpha2ByNumeric.put(cols[1].trim(), cols[0].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode root;
        try (InputStream in = resource(TOPOLOGY)) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<double[]> arcs = decodeArcs(root);
        List<Country> countries = new ArrayList<>();
        Map<String, Country> byAlpha2 = new HashMap<>();
        for (JsonNode g : root.path("objects").path("countries").path("geometries")) {
            List<Polygon> polygons = new ArrayList<>();
            switch (g.path("type").asString("")) {
                case "Polygon" -> polygons.add(polygon(g.path("arcs"), arcs));
                case "MultiPolygon" -> g.path("arcs").forEach(p -> polygons.add(polygon(p, arcs)));
                default -> { continue; }
            }
            String numeric = g.path("id").asString(null);
            Country c = new Country(numeric, g.path("properties").path("name").asString(""), polygons);
            countries.add(c);
            String alpha2 = numeric == null ? null : alpha2ByNumeric.get(numeric);
            if (alpha2 != null) byAlpha2.putIfAbsent(alpha2, c);
        }
        return new Atlas(List.copyOf(countries), Map.copyOf(byAlpha2));
    }

    /** Arcs are quantised and delta-encoded: position i = sum of deltas up to i, then scaled and translated. */
    private static List<double[]> decodeArcs(JsonNode root) {
        JsonNode transform = root.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1), sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0), ty = transform.path("translate").path(1).asDouble(0);
        boolean quantised = transform.isObject();
        List<double[]> arcs = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            double[] points = new double[arc.size() * 2];
            long x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode p = arc.get(i);
                if (quantised) {
                    x += p.get(0).asLong();
                    y += p.get(1).asLong();
                    points[2 * i] = x * sx + tx;
                    points[2 * i + 1] = y * sy + ty;
                } else {
                    points[2 * i] = p.get(0).asDouble();
                    points[2 * i + 1] = p.get(1).asDouble();
                }
            }
            arcs.add(points);
        }
        return arcs;
    }

    private static Polygon polygon(JsonNode rings, List<double[]> arcs) {
        List<double[]> out = new ArrayList<>();
        for (JsonNode ring : rings) out.add(ring(ring, arcs));
        return new Polygon(out, Bounds.of(out.getFirst()));
    }

    /** A ring is a list of arc indices; ~i means arc i reversed; consecutive arcs share their joining point. */
    private static double[] ring(JsonNode indices, List<double[]> arcs) {
        List<Double> coords = new ArrayList<>();
        for (JsonNode index : indices) {
            int i = index.asInt();
            double[] arc = arcs.get(i >= 0 ? i : ~i);
            int n = arc.length / 2;
            for (int k = coords.isEmpty() ? 0 : 1; k < n; k++) {
                int at = i >= 0 ? k : n - 1 - k;
                coords.add(arc[2 * at]);
                coords.add(arc[2 * at + 1]);
            }
        }
        double[] ring = new double[coords.size()];
        for (int k = 0; k < ring.length; k++) ring[k] = coords.get(k);
        return ring;
    }

    private static InputStream resource(String name) {
        InputStream in = WorldOutlines.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing resource " + name);
        return in;
    }
}
