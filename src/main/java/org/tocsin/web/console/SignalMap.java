package org.tocsin.web.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The situation map as data for an inline SVG: the country's outline (and its neighbours, clipped to
 * the view) and one dot per located signal, coloured by indicator family and sized by the deaths it
 * reports. An equirectangular projection scaled by the cosine of the middle latitude: exact enough for
 * one country, and a few lines. Signals outside the view or without coordinates are counted, not lost:
 * the page says how many, and the timeline lists them all.
 *
 * @param outline true when the situation's country outline is drawn (false: dots only, over their own box)
 */
record SignalMap(int width, int height, List<Shape> shapes, List<Dot> dots, int outside, int unlocated, boolean outline) {

    static final int WIDTH = 640;
    /** Dots drawn at most; beyond that the page says so (an SVG with 100,000 circles helps nobody). */
    static final int MAX_DOTS = 2_000;

    /** A country shape: its SVG path; {@code focus} for the situation's own country. */
    record Shape(String d, boolean focus, String name) {}

    /** A signal's dot. */
    record Dot(String cx, String cy, String r, String family, String title, UUID uid) {}

    /** What the map needs of a signal. */
    record Located(UUID uid, String id, Double lat, Double lon, String family, Integer fatalities, String place) {}

    public String viewBox() { return "0 0 " + width + " " + height; }

    public boolean empty() { return shapes.isEmpty() && dots.isEmpty(); }

    static SignalMap of(WorldOutlines outlines, String country, List<Located> signals) {
        var focus = outlines.country(country);
        WorldOutlines.Bounds box = focus.map(WorldOutlines.Country::mainBounds).orElse(null);
        for (Located s : signals) {
            if (focus.isPresent() || s.lat() == null) continue;
            WorldOutlines.Bounds point = new WorldOutlines.Bounds(s.lon(), s.lat(), s.lon(), s.lat());
            box = box == null ? point : box.union(point);
        }
        int unlocated = (int) signals.stream().filter(s -> s.lat() == null).count();
        if (box == null) return new SignalMap(WIDTH, WIDTH / 2, List.of(), List.of(), 0, unlocated, false);

        double span = Math.max(box.east() - box.west(), box.north() - box.south());
        WorldOutlines.Bounds view = box.grow(Math.max(0.4, span * 0.25));
        Projection p = Projection.fitting(view);

        List<Shape> shapes = new ArrayList<>();
        WorldOutlines.Country own = focus.orElse(null);
        if (own != null) {
            for (WorldOutlines.Country c : outlines.countries()) {
                if (c == own) continue;
                String d = p.path(c, view);
                if (!d.isEmpty()) shapes.add(new Shape(d, false, c.name()));
            }
            shapes.add(new Shape(p.path(own, view), true, own.name()));
        }

        List<Dot> dots = new ArrayList<>();
        int outside = 0;
        List<Located> located = signals.stream().filter(s -> s.lat() != null)
                // the largest first, so that small dots stay visible on top of large ones
                .sorted(Comparator.comparingInt((Located s) -> s.fatalities() == null ? 0 : s.fatalities()).reversed()).toList();
        for (Located s : located) {
            if (s.lon() < view.west() || s.lon() > view.east() || s.lat() < view.south() || s.lat() > view.north()) {
                outside++;
                continue;
            }
            if (dots.size() >= MAX_DOTS) continue;
            double r = 4 + 3 * Math.log10(1 + (s.fatalities() == null ? 0 : s.fatalities()));
            String title = s.place() == null ? s.id() : s.id() + " — " + s.place();
            dots.add(new Dot(c(p.x(s.lon())), c(p.y(s.lat())), c(r), s.family(), title, s.uid()));
        }
        return new SignalMap(p.width(), p.height(), shapes, dots, outside, unlocated, own != null);
    }

    /** Degrees to SVG units over a view box. */
    private record Projection(WorldOutlines.Bounds view, double kx, double scale, int width, int height) {
        static Projection fitting(WorldOutlines.Bounds view) {
            double kx = Math.cos(Math.toRadians((view.north() + view.south()) / 2));
            double w = (view.east() - view.west()) * kx, h = view.north() - view.south();
            double scale = WIDTH / w;
            if (h * scale > WIDTH * 1.3) scale = WIDTH * 1.3 / h;
            return new Projection(view, kx, scale, (int) Math.ceil(w * scale), (int) Math.ceil(h * scale));
        }

        double x(double lon) { return (lon - view.west()) * kx * scale; }

        double y(double lat) { return (view.north() - lat) * scale; }

        /** The country's rings clipped to the view (plus a margin), as one SVG path; empty if none shows. */
        String path(WorldOutlines.Country country, WorldOutlines.Bounds view) {
            StringBuilder d = new StringBuilder();
            WorldOutlines.Bounds near = view.grow(1);
            for (WorldOutlines.Polygon polygon : country.polygons()) {
                if (!polygon.bounds().intersects(near)) continue;
                for (double[] ring : polygon.rings()) {
                    double[] xy = new double[ring.length];
                    for (int i = 0; i < ring.length; i += 2) {
                        xy[i] = x(ring[i]);
                        xy[i + 1] = y(ring[i + 1]);
                    }
                    appendRing(d, clip(xy, -4, -4, width + 4, height + 4));
                }
            }
            return d.toString();
        }
    }

    /** Sutherland–Hodgman clipping of a closed ring (interleaved x, y) to a rectangle. */
    static double[] clip(double[] ring, double x0, double y0, double x1, double y1) {
        double[] out = ring;
        for (int edge = 0; edge < 4 && out.length > 0; edge++) {
            List<Double> next = new ArrayList<>();
            int n = out.length / 2;
            for (int i = 0; i < n; i++) {
                double ax = out[2 * ((i + n - 1) % n)], ay = out[2 * ((i + n - 1) % n) + 1];
                double bx = out[2 * i], by = out[2 * i + 1];
                boolean aIn = inside(edge, ax, ay, x0, y0, x1, y1), bIn = inside(edge, bx, by, x0, y0, x1, y1);
                if (bIn) {
                    if (!aIn) addIntersection(next, edge, ax, ay, bx, by, x0, y0, x1, y1);
                    next.add(bx);
                    next.add(by);
                } else if (aIn) {
                    addIntersection(next, edge, ax, ay, bx, by, x0, y0, x1, y1);
                }
            }
            out = new double[next.size()];
            for (int k = 0; k < out.length; k++) out[k] = next.get(k);
        }
        return out;
    }

    private static boolean inside(int edge, double x, double y, double x0, double y0, double x1, double y1) {
        return switch (edge) {
            case 0 -> x >= x0;
            case 1 -> x <= x1;
            case 2 -> y >= y0;
            default -> y <= y1;
        };
    }

    private static void addIntersection(List<Double> out, int edge, double ax, double ay, double bx, double by,
                                        double x0, double y0, double x1, double y1) {
        double t;
        switch (edge) {
            case 0 -> t = (x0 - ax) / (bx - ax);
            case 1 -> t = (x1 - ax) / (bx - ax);
            case 2 -> t = (y0 - ay) / (by - ay);
            default -> t = (y1 - ay) / (by - ay);
        }
        out.add(ax + t * (bx - ax));
        out.add(ay + t * (by - ay));
    }

    /** Appends "M x y L x y … Z" at a tenth of a unit, leaving out points that round to the previous one. */
    private static void appendRing(StringBuilder d, double[] xy) {
        if (xy.length < 6) return;
        String previous = null;
        int written = 0;
        int start = d.length();
        for (int i = 0; i < xy.length; i += 2) {
            String point = c(xy[i]) + " " + c(xy[i + 1]);
            if (point.equals(previous)) continue;
            d.append(written == 0 ? "M" : "L").append(point);
            previous = point;
            written++;
        }
        if (written < 3) d.setLength(start);
        else d.append('Z');
    }

    private static String c(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
