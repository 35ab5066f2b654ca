package org.tocsin.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A number over time — a contingent's strength, the people at a site — as the sources give it.
 * {@link #at} answers for one day with these rules (docs/force-model.md):
 * <ol>
 *   <li>Only figures whose date may already have come count: the model never looks ahead.</li>
 *   <li>The figure in force is the latest dated one (a day or a month); its value is the value and its
 *       range the range, with its confidence.</li>
 *   <li>A month figure on a day inside that month may not apply yet: the range is widened to cover the
 *       figure before it.</li>
 *   <li>A period figure ("date unknown within period": a peak or a cumulative count) whose period covers
 *       the day widens the range to its own; with no dated figure in force it gives the estimate itself.</li>
 *   <li>A figure in force without a value means "not established": no number is invented.</li>
 * </ol>
 */
public record FigureSeries(List<Figure> figures) {

    public FigureSeries {
        figures = List.copyOf(figures);
    }

    public static final FigureSeries EMPTY = new FigureSeries(List.of());

    public FigureSeries with(Figure added) {
        List<Figure> all = new ArrayList<>(figures);
        all.add(added);
        return new FigureSeries(all);
    }

    public Reading at(LocalDate on) {
        List<Figure> dated = figures.stream().filter(f -> !f.date().isPeriod() && f.date().startsBy(on))
                .sorted(Comparator.comparing((Figure f) -> f.date().earliest())).toList();
        List<Figure> periods = figures.stream().filter(f -> f.date().isPeriod() && f.date().contains(on)).toList();
        if (!dated.isEmpty()) {
            Figure current = dated.getLast();
            List<Figure> basis = new ArrayList<>(List.of(current));
            List<String> notes = new ArrayList<>();
            if (current.estimate().isEmpty()) {
                Optional<Figure> last = lastEstablished(dated);
                last.ifPresent(f -> {
                    basis.add(f);
                    notes.add("last established: " + f.estimate().orElseThrow().text() + " on " + f.date().text());
                });
                if (!current.note().isEmpty()) notes.add(current.note());
                return new Reading.NotEstablished(on, current.confidence(), basis, notes);
            }
            Estimate estimate = current.estimate().get();
            Confidence confidence = current.confidence();
            if (on.isBefore(current.date().latest())) {
                Optional<Figure> before = lastEstablished(dated.subList(0, dated.size() - 1));
                if (before.isPresent()) {
                    estimate = estimate.widenedBy(before.get().estimate().orElseThrow());
                    basis.add(before.get());
                    notes.add("dated " + current.date().text() + ", it may not apply yet on " + on
                            + ": range covers the figure of " + before.get().date().text());
                }
            }
            for (Figure p : periods) {
                if (p.estimate().isEmpty()) continue;
                Estimate widened = estimate.widenedBy(p.estimate().get());
                if (!widened.equals(estimate)) {
                    notes.add("up to " + Estimate.number(p.estimate().get().high()) + " at some time in " + p.date().text()
                            + " (" + p.confidence().wire() + ")");
                }
                estimate = widened;
                basis.add(p);
            }
            return new Reading.Established(on, estimate, confidence, basis, notes);
        }
        List<Figure> valued = periods.stream().filter(p -> p.estimate().isPresent()).toList();
        if (!valued.isEmpty()) {
            Estimate estimate = valued.getFirst().estimate().get();
            for (Figure p : valued.subList(1, valued.size())) estimate = estimate.widenedBy(p.estimate().get());
            Confidence confidence = Confidence.weakestOf(valued.stream().map(Figure::confidence).toList());
            return new Reading.Established(on, estimate, confidence, valued,
                    List.of("period figure: a peak or cumulative count at an unknown date in "
                            + valued.getFirst().date().text()));
        }
        if (!periods.isEmpty()) {
            return new Reading.NotEstablished(on, periods.getFirst().confidence(), periods, List.of());
        }
        return new Reading.NoFigure(on);
    }

    private static Optional<Figure> lastEstablished(List<Figure> sorted) {
        for (int i = sorted.size() - 1; i >= 0; i--) if (sorted.get(i).estimate().isPresent()) return Optional.of(sorted.get(i));
        return Optional.empty();
    }
}
