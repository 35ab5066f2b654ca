package org.tocsin.web.console;

import org.tocsin.fusion.FusionParameters;
import org.tocsin.fusion.RiskLevel;
import org.tocsin.fusion.RiskTimeline;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The risk chart as data for an inline SVG (template fragment {@code console/charts :: risk}): the score
 * line over the level bands, runs of EMERGENCY along the top (it is decided by killing evidence, not by
 * the score), a marker at every change of level, and a rug of signal arrivals along the bottom. All
 * coordinates are computed here so the template only draws; no script, a few kilobytes.
 *
 * <p>{@link Marker.Kind} is the hook for what the escalation work adds later: alerts raised and
 * decisions taken are markers of their own kinds on the same time axis.
 *
 * @param line   SVG path of the score up to the cursor (all of it without one)
 * @param cursor x of the day shown (replay), or {@code null}
 */
record RiskChart(int width, int height, double left, double top, double plotWidth, double plotHeight,
                 List<Band> bands, List<Run> emergency, String line, List<Marker> markers, List<Tick> xTicks,
                 List<Tick> yTicks, List<Rug> rug, String cursor, LocalDate from, LocalDate to, int changes, List<Mark> moments) {

    static final int WIDTH = 760;
    static final int HEIGHT = 280;
    private static final double LEFT = 46, RIGHT = 14, TOP = 24, BOTTOM = 44;

    /** A horizontal band of a level, from score {@code y} down to {@code y + height}. */
    record Band(RiskLevel level, String y, String height, String labelY) {}

    /** A run of days at EMERGENCY. */
    record Run(String x, String width) {}

    /** A moment on the time axis: a change of level now; alerts and decisions later. */
    record Marker(Kind kind, LocalDate on, String x, RiskLevel from, RiskLevel to, String href) {
        enum Kind { LEVEL_CHANGE, ALERT, DECISION }

        public String cssClass() { return "marker marker-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'); }
    }

    /** An alert raised or a decision taken on it, on the day it happened: linked to the alert. */
    record Moment(Marker.Kind kind, LocalDate on, long alert, String outcome, String href) {
        Moment(Marker.Kind kind, LocalDate on, long alert, String outcome) { this(kind, on, alert, outcome, "/alerts/" + alert); }
    }

    /** A moment placed on the axis. */
    record Mark(Marker.Kind kind, LocalDate on, String x, long alert, String outcome, String href) {
        public String cssClass() { return "moment moment-" + kind.name().toLowerCase(Locale.ROOT); }

        public boolean decision() { return kind == Marker.Kind.DECISION; }
    }

    record Tick(String at, String label) {}

    /** A signal's arrival: x and the colour class of its indicator family. */
    record Rug(String x, String family) {}

    /** A signal to show in the rug. */
    record Arrival(LocalDate on, String family) {}

    static RiskChart of(List<RiskTimeline.Point> points, List<RiskTimeline.LevelChange> changes, FusionParameters parameters,
                        List<Arrival> arrivals, LocalDate cursor, Locale locale) {
        return of(points, changes, parameters, arrivals, cursor, locale, List.of());
    }

    /** @param moments alerts raised and decisions taken; those outside the chart's days are left out */
    static RiskChart of(List<RiskTimeline.Point> points, List<RiskTimeline.LevelChange> changes, FusionParameters parameters,
                        List<Arrival> arrivals, LocalDate cursor, Locale locale, List<Moment> moments) {
        if (points.isEmpty()) {
            return new RiskChart(WIDTH, HEIGHT, LEFT, TOP, 0, 0, List.of(), List.of(), "", List.of(), List.of(), List.of(),
                    List.of(), null, null, null, 0, List.of());
        }
        LocalDate from = points.getFirst().on();
        LocalDate to = points.getLast().on();
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        Axis axis = new Axis(from, to, plotW);

        List<Band> bands = new ArrayList<>();
        double[] edges = {0, parameters.elevatedThreshold(), parameters.highThreshold(), parameters.criticalThreshold(), 1};
        RiskLevel[] levels = {RiskLevel.NORMAL, RiskLevel.ELEVATED, RiskLevel.HIGH, RiskLevel.CRITICAL};
        for (int i = 0; i < levels.length; i++) {
            double yTop = TOP + (1 - edges[i + 1]) * plotH, yBottom = TOP + (1 - edges[i]) * plotH;
            bands.add(new Band(levels[i], c(yTop), c(yBottom - yTop), c((yTop + yBottom) / 2 + 4)));
        }

        List<Run> emergency = new ArrayList<>();
        LocalDate runStart = null;
        for (RiskTimeline.Point p : points) {
            boolean visible = cursor == null || !p.on().isAfter(cursor);
            if (visible && p.level() == RiskLevel.EMERGENCY) {
                if (runStart == null) runStart = p.on();
            } else if (runStart != null) {
                emergency.add(run(axis, runStart, p.on()));
                runStart = null;
            }
        }
        if (runStart != null) emergency.add(run(axis, runStart, cursor != null && cursor.isBefore(to) ? cursor.plusDays(1) : to.plusDays(1)));

        StringBuilder line = new StringBuilder();
        double lastX = -1;
        for (RiskTimeline.Point p : points) {
            if (cursor != null && p.on().isAfter(cursor)) break;
            double x = LEFT + axis.x(p.on()), y = TOP + (1 - p.score()) * plotH;
            // one point per tenth of a unit is as fine as any screen shows; keeps long histories small
            if (Math.abs(x - lastX) < 0.1 && p != points.getLast()) continue;
            line.append(line.isEmpty() ? "M" : "L").append(c(x)).append(' ').append(c(y));
            lastX = x;
        }

        List<Marker> markers = new ArrayList<>();
        for (RiskTimeline.LevelChange ch : changes) {
            if (cursor != null && ch.on().isAfter(cursor)) continue;
            markers.add(new Marker(Marker.Kind.LEVEL_CHANGE, ch.on(), c(LEFT + axis.x(ch.on())), ch.from(), ch.to(), null));
        }

        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(2);
        List<Tick> yTicks = new ArrayList<>();
        for (double e : edges) yTicks.add(new Tick(c(TOP + (1 - e) * plotH), number.format(e)));

        List<Rug> rug = new ArrayList<>();
        for (Arrival a : arrivals) {
            if (a.on().isBefore(from) || a.on().isAfter(to) || (cursor != null && a.on().isAfter(cursor))) continue;
            rug.add(new Rug(c(LEFT + axis.x(a.on())), a.family()));
        }

        List<Mark> marks = new ArrayList<>();
        for (Moment m : moments) {
            if (m.on().isBefore(from) || m.on().isAfter(to) || (cursor != null && m.on().isAfter(cursor))) continue;
            marks.add(new Mark(m.kind(), m.on(), c(LEFT + axis.x(m.on())), m.alert(), m.outcome(), m.href()));
        }

        String cursorX = cursor == null ? null : c(LEFT + axis.x(cursor.isAfter(to) ? to : cursor.isBefore(from) ? from : cursor));
        return new RiskChart(WIDTH, HEIGHT, LEFT, TOP, plotW, plotH, bands, emergency, line.toString(), markers,
                xTicks(axis, locale), yTicks, rug, cursorX, from, to, markers.size(), marks);
    }

    /** Bottom of the plot, and below it: tick ends, tick labels, the rug of signals. */
    public String bottom() { return c(top + plotHeight); }

    public String tickEnd() { return c(top + plotHeight + 5); }

    public String tickLabel() { return c(top + plotHeight + 17); }

    public String rugTop() { return c(top + plotHeight + 25); }

    public String rugBottom() { return c(top + plotHeight + 37); }

    public String right() { return c(left + plotWidth); }

    public String leftTick() { return c(left - 5); }

    public String leftLabel() { return c(left - 7); }

    public boolean empty() { return from == null; }

    private static Run run(Axis axis, LocalDate start, LocalDate endExclusive) {
        double x0 = LEFT + axis.x(start), x1 = Math.min(LEFT + axis.width(), LEFT + axis.x(endExclusive));
        return new Run(c(x0), c(Math.max(1, x1 - x0)));
    }

    /** Month ticks for up to two years, else year ticks (every few years for long histories). */
    private static List<Tick> xTicks(Axis axis, Locale locale) {
        List<Tick> ticks = new ArrayList<>();
        long months = ChronoUnit.MONTHS.between(axis.from.withDayOfMonth(1), axis.to.withDayOfMonth(1));
        if (months <= 24) {
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", locale);
            DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("MMM yyyy", locale);
            int every = months <= 12 ? 1 : 2;
            LocalDate d = axis.from.withDayOfMonth(1).plusMonths(axis.from.getDayOfMonth() == 1 ? 0 : 1);
            for (int i = 0; !d.isAfter(axis.to); d = d.plusMonths(1), i++) {
                if (i % every != 0) continue;
                boolean withYear = ticks.isEmpty() || d.getMonthValue() == 1;
                ticks.add(new Tick(c(LEFT + axis.x(d)), (withYear ? monthYear : month).format(d)));
            }
        } else {
            long years = months / 12;
            int every = years <= 10 ? 1 : years <= 25 ? 5 : 10;
            LocalDate d = axis.from.withDayOfYear(1).plusYears(1);
            for (; !d.isAfter(axis.to); d = d.plusYears(1)) {
                if (d.getYear() % every == 0) ticks.add(new Tick(c(LEFT + axis.x(d)), Integer.toString(d.getYear())));
            }
        }
        return ticks;
    }

    /** Days to x within the plot. */
    private record Axis(LocalDate from, LocalDate to, double width) {
        double x(LocalDate day) {
            long span = ChronoUnit.DAYS.between(from, to);
            if (span == 0) return width / 2;
            return ChronoUnit.DAYS.between(from, day) * width / span;
        }
    }

    private static String c(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
