package org.tocsin.web.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Protected sites on the situation's map. Two panels: the country, drawn by {@link SignalMap} exactly as
 * on the situation page (the sites are placed through it, as if they were signals, so they fall where the
 * signal map would put them), with a frame around the sites; and a close-up of that frame, where sites a
 * few kilometres apart (the compounds of one city) can be told apart. In the close-up a site's circle
 * grows with the people sheltering there, its style says whether it is guarded that day, and its label
 * gives its id and the number; the sites table below says the same in words.
 *
 * @param country    the country panel (outlines, markers as dots), or null when no site has coordinates
 * @param frame      the close-up's frame on the country panel: x, y, width, height
 * @param unlocated  sites without coordinates, by id (listed, never guessed)
 */
record SiteMap(SignalMap country, List<Marker> countryMarkers, String[] frame, Detail detail, List<String> unlocated) {

    /** A site on a panel. {@code people} is null when no number is established that day. */
    record Marker(String site, String cx, String cy, String r, String guard, Long people, String guardedBy, String labelX, String labelY,
                  String anchor, String title) {
        public String css() { return "site-marker guard-" + guard + (people == null ? " unknown" : ""); }
    }

    /** The close-up: its size, markers and a scale bar. */
    record Detail(int width, int height, List<Marker> markers, String scaleX1, String scaleX2, String scaleY, String scaleText) {
        public String viewBox() { return "0 0 " + width + " " + height; }
    }

    /** What the map needs of a site that day. */
    record Located(String id, String name, Double lat, Double lon, String guard, Long people, String guardedBy) {}

    static final int WIDTH = 640;

    static SiteMap of(WorldOutlines outlines, String country, List<Located> sites) {
        List<Located> located = sites.stream().filter(s -> s.lat() != null && s.lon() != null).toList();
        List<String> unlocated = sites.stream().filter(s -> s.lat() == null || s.lon() == null).map(Located::id).toList();
        if (located.isEmpty()) return new SiteMap(null, List.of(), null, null, unlocated);

        // the close-up's box: the sites, with a margin, at least a kilometre or so across
        double west = Double.MAX_VALUE, east = -Double.MAX_VALUE, south = Double.MAX_VALUE, north = -Double.MAX_VALUE;
        for (Located s : located) {
            west = Math.min(west, s.lon());
            east = Math.max(east, s.lon());
            south = Math.min(south, s.lat());
            north = Math.max(north, s.lat());
        }
        double pad = Math.max(0.01, Math.max(east - west, north - south) * 0.2);
        west -= pad;
        east += pad;
        south -= pad;
        north += pad;
        double kx = Math.cos(Math.toRadians((north + south) / 2));
        double scale = WIDTH / ((east - west) * kx);
        double minHeight = 300, maxHeight = WIDTH * 1.1;
        if ((north - south) * scale < minHeight) {
            double grow = (minHeight / scale - (north - south)) / 2;
            north += grow;
            south -= grow;
        } else if ((north - south) * scale > maxHeight) {
            scale = maxHeight / (north - south);
            double lonSpan = WIDTH / (scale * kx);
            double mid = (east + west) / 2;
            west = mid - lonSpan / 2;
            east = mid + lonSpan / 2;
        }
        int height = (int) Math.ceil((north - south) * scale);

        long most = located.stream().mapToLong(s -> s.people() == null ? 0 : s.people()).max().orElse(0);
        List<Marker> markers = new ArrayList<>();
        for (Located s : located) {
            double x = (s.lon() - west) * kx * scale, y = (north - s.lat()) * scale;
            double r = 6 + (most == 0 || s.people() == null ? 0 : 16 * Math.sqrt((double) s.people() / most));
            // the label to the right, or to the left where it would run off the panel ("AMAHORO · 12,000": ~8 units a character)
            int chars = s.id().length() + 9 + (s.guardedBy() == null ? 0 : s.guardedBy().length() + 3);
            boolean left = x + r + 4 + chars * 8 > WIDTH;
            markers.add(new Marker(s.id(), c(x), c(y), c(r), s.guard(), s.people(), s.guardedBy(), c(left ? x - r - 4 : x + r + 4),
                    c(y + 4), left ? "end" : "start", title(s)));
        }
        // a scale bar of a round length, 60 to 160 units long
        double perKm = scale / 111.32;
        double km = 0.1;
        for (double candidate : new double[] {0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500}) {
            if (candidate * perKm <= 160) km = candidate;
        }
        String scaleText = km < 1 ? Math.round(km * 1000) + " m" : (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " km";
        Detail detail = new Detail(WIDTH, height, markers, c(12), c(12 + km * perKm), c(height - 14), scaleText);

        // the country panel: the sites and the close-up's corners placed through the signal map
        List<SignalMap.Located> points = new ArrayList<>();
        Map<UUID, Located> byUid = new HashMap<>();
        for (Located s : located) {
            UUID uid = uid(s.id());
            byUid.put(uid, s);
            points.add(new SignalMap.Located(uid, s.id(), s.lat(), s.lon(), "site", null, s.name()));
        }
        UUID northWest = uid("\u0000north-west"), southEast = uid("\u0000south-east");
        points.add(new SignalMap.Located(northWest, "", north, west, "frame", null, null));
        points.add(new SignalMap.Located(southEast, "", south, east, "frame", null, null));
        SignalMap map = SignalMap.of(outlines, country, points);
        List<Marker> countryMarkers = new ArrayList<>();
        String[] corner1 = null, corner2 = null;
        for (SignalMap.Dot d : map.dots()) {
            if (d.uid().equals(northWest)) corner1 = new String[] {d.cx(), d.cy()};
            else if (d.uid().equals(southEast)) corner2 = new String[] {d.cx(), d.cy()};
            else {
                Located s = byUid.get(d.uid());
                countryMarkers.add(new Marker(s.id(), d.cx(), d.cy(), "5", s.guard(), s.people(), s.guardedBy(), d.cx(), d.cy(), "start",
                        title(s)));
            }
        }
        String[] frame = null;
        if (corner1 != null && corner2 != null) {
            double x1 = Double.parseDouble(corner1[0]), y1 = Double.parseDouble(corner1[1]);
            double x2 = Double.parseDouble(corner2[0]), y2 = Double.parseDouble(corner2[1]);
            // at least a few units across, so that a city-sized frame stays visible on a country
            double w = Math.max(16, x2 - x1), h = Math.max(16, y2 - y1);
            frame = new String[] {c((x1 + x2 - w) / 2), c((y1 + y2 - h) / 2), c(w), c(h)};
        }
        // a signal map whose dots are only the frame's corners has no dots to draw: keep the outlines and size
        SignalMap outlinesOnly = new SignalMap(map.width(), map.height(), map.shapes(), List.of(), 0, 0, map.outline());
        return new SiteMap(outlinesOnly, countryMarkers, frame, detail, unlocated);
    }

    private static String title(Located s) {
        return s.id() + " — " + s.name();
    }

    private static UUID uid(String id) {
        return UUID.nameUUIDFromBytes(("tocsin:site:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static String c(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
