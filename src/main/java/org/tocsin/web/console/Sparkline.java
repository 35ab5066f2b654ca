package org.tocsin.web.console;

import org.tocsin.fusion.RiskLevel;
import org.tocsin.fusion.RiskTimeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A situation's score over its history as a tiny inline SVG polyline (viewBox {@value #WIDTH}×{@value #HEIGHT}):
 * a few hundred bytes per row, no script. Long histories are reduced to one point per horizontal unit,
 * keeping each unit's highest score so that a short spike is not averaged away.
 *
 * @param points SVG polyline points, empty when there is no history
 */
record Sparkline(String points, String endX, String endY, RiskLevel first, RiskLevel last, LocalDate from, LocalDate to) {

    static final int WIDTH = 120;
    static final int HEIGHT = 28;
    private static final double PAD = 3;

    static Sparkline of(List<RiskTimeline.Point> history) {
        if (history.isEmpty()) return new Sparkline("", "0", "0", RiskLevel.NORMAL, RiskLevel.NORMAL, null, null);
        int n = history.size();
        int buckets = Math.min(n, WIDTH);
        StringBuilder b = new StringBuilder();
        double x = 0, y = 0;
        for (int i = 0; i < buckets; i++) {
            int lo = (int) ((long) i * n / buckets), hi = (int) ((long) (i + 1) * n / buckets);
            double max = 0;
            for (int j = lo; j < hi; j++) max = Math.max(max, history.get(j).score());
            x = buckets == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2 * PAD) / (buckets - 1);
            y = PAD + (1 - max) * (HEIGHT - 2 * PAD);
            if (!b.isEmpty()) b.append(' ');
            b.append(coordinate(x)).append(',').append(coordinate(y));
        }
        return new Sparkline(b.toString(), coordinate(x), coordinate(y), history.getFirst().level(), history.getLast().level(),
                history.getFirst().on(), history.getLast().on());
    }

    public boolean empty() { return points.isEmpty(); }

    static String coordinate(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
