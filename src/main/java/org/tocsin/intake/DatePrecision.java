package org.tocsin.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How precisely a signal's date is known. Case files use day and month; event data adds week,
 * year and an explicit range (UCDP's date_start..date_end).
 */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, RANGE;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<DatePrecision> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(text)).findFirst();
    }
}
