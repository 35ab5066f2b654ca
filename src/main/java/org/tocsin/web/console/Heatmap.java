package org.tocsin.web.console;

import org.tocsin.fusion.FactorHistory;
import org.tocsin.taxonomy.RiskFactor;
import org.tocsin.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 14 risk factors over time as a table (rows: factors, columns: periods), each cell the factor's
 * strength at the period's end as a number and a shade. A table rather than a picture: a screen reader
 * can walk it by row and column, and the numbers are there for anyone who cannot tell shades apart.
 */
record Heatmap(FactorHistory.Step step, List<Column> columns, List<Row> rows) {

    /** Shades from 0 (absent) to {@value #SHADES}. */
    static final int SHADES = 6;

    record Column(String label, LocalDate from, LocalDate to) {}

    record Row(String code, String group, List<Cell> cells) {}

    /** A factor's strength in one period: {@code percent} 0–100 and the shade class. */
    record Cell(int percent, String shade) {}

    static Heatmap of(FactorHistory.Grid grid, Taxonomy taxonomy, Locale locale) {
        DateTimeFormatter format = switch (grid.step()) {
            case WEEK -> DateTimeFormatter.ofPattern("d MMM", locale);
            case MONTH -> DateTimeFormatter.ofPattern("MMM yy", locale);
            case QUARTER, YEAR -> DateTimeFormatter.ofPattern("yyyy", locale);
        };
        List<Column> columns = new ArrayList<>();
        for (FactorHistory.Column c : grid.columns()) {
            String label = grid.step() == FactorHistory.Step.QUARTER ? quarter(c.to(), locale) : format.format(c.to());
            columns.add(new Column(label, c.from(), c.to()));
        }
        List<Row> rows = new ArrayList<>();
        for (String code : grid.factors()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < grid.columns().size(); i++) cells.add(cell(grid.strength(code, i)));
            rows.add(new Row(code, taxonomy.factor(code).map(RiskFactor::group).orElse("COMMON"), cells));
        }
        return new Heatmap(grid.step(), columns, rows);
    }

    static Cell cell(double strength) {
        int percent = (int) Math.round(strength * 100);
        int shade = percent == 0 ? 0 : Math.min(SHADES, 1 + (int) (strength * SHADES));
        return new Cell(percent, "heat-" + shade);
    }

    /** "Q1 1994" / "T1 1994" (trimestre). */
    private static String quarter(LocalDate end, Locale locale) {
        String q = locale.getLanguage().equals("fr") ? "T" : "Q";
        return q + end.get(IsoFields.QUARTER_OF_YEAR) + " " + end.getYear();
    }
}
