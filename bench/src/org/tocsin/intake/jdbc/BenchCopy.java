package org.tocsin.intake.jdbc;

import org.tocsin.intake.Signal;

/** Lets the benchmark render rows exactly as the importer sends them to COPY. */
public final class BenchCopy {
    private BenchCopy() {}

    public static final String COLUMNS = SignalRows.COLUMNS;

    public static void appendRow(StringBuilder out, Signal s) {
        CopyText.appendRow(out, SignalRows.values(s));
    }
}
