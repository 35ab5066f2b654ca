package org.tocsin.web.console;

import org.tocsin.protection.Figure;
import org.tocsin.protection.FigureSeries;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A contingent's strength over time as a small inline SVG: a step line through its dated figures, the
 * spread across sources as a band, a dot per figure (a hollow one where the number was not
 * established), and the day shown as a vertical line. One time axis for every contingent, so they can
 * be compared down the table; each has its own vertical scale (0 to its highest figure), said in the
 * chart's text alternative. The table of figures beside it gives the same facts as text.
 */
record StrengthChart(int width, int height, String line, String band, List<Point> points, String cursor, long max, String first,
                     String last) {

    static final int WIDTH = 220;
    static final int HEIGHT = 48;
    private static final int PAD = 4;

    /** One figure: where it sits, and what it says (for its {@code <title>}). */
    record Point(String cx, String cy, boolean established, String title, String confidence) {}

    static StrengthChart of(String id, FigureSeries series, LocalDate from, LocalDate to, LocalDate on) {
        List<Figure> dated = series.figures().stream().filter(f -> !f.date().isPeriod())
                .sorted(Comparator.comparing((Figure f) -> f.date().earliest())).toList();
        long max = 1;
        for (Figure f : series.figures()) if (f.estimate().isPresent()) max = Math.max(max, f.estimate().get().high());
        LocalDate start = from.isBefore(on) ? from : on;
        LocalDate end = to.isAfter(on) ? to : on;
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double plotW = WIDTH - 2 * PAD, plotH = HEIGHT - 2 * PAD;
        final long top = max;

        StringBuilder line = new StringBuilder();
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        List<Point> points = new ArrayList<>();
        Double previousY = null;
        for (Figure f : dated) {
            double x = PAD + plotW * ChronoUnit.DAYS.between(start, f.date().earliest()) / days;
            if (f.estimate().isEmpty()) {
                points.add(new Point(c(x), c(PAD + plotH), false, f.text(), f.confidence().wire()));
                continue;
            }
            var e = f.estimate().get();
            double y = PAD + plotH * (1 - (double) e.value() / top);
            double yHigh = PAD + plotH * (1 - (double) e.high() / top);
            double yLow = PAD + plotH * (1 - (double) e.low() / top);
            if (previousY == null) line.append('M').append(c(x)).append(' ').append(c(y));
            else line.append('H').append(c(x)).append('V').append(c(y));
            upper.append(upper.isEmpty() ? "" : " ").append(c(x)).append(',').append(c(yHigh));
            lower.insert(0, c(x) + "," + c(yLow) + " ");
            previousY = y;
            points.add(new Point(c(x), c(y), true, f.text(), f.confidence().wire()));
        }
        if (previousY != null) line.append('H').append(c(PAD + plotW));
        String band = upper.isEmpty() ? "" : upper + " " + lower.toString().strip();
        double cx = PAD + plotW * ChronoUnit.DAYS.between(start, on) / days;
        return new StrengthChart(WIDTH, HEIGHT, line.toString(), band, points, c(cx), max, start.toString(), end.toString());
    }

    public String viewBox() { return "0 0 " + width + " " + height; }

    public String bottom() { return c(HEIGHT - PAD); }

    private static String c(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
