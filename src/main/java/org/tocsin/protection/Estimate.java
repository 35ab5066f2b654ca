package org.tocsin.protection;

import java.util.Locale;

/**
 * A count with its spread: the value the sources give (the force file's {@code value}) and the range
 * across sources ({@code range}), never narrower than the value itself. Arithmetic keeps the spread
 * honest: a sum adds lows and highs, a difference subtracts the other's high from the low.
 */
public record Estimate(long low, long value, long high) {

    public Estimate {
        if (low < 0 || low > value || value > high) {
            throw new IllegalArgumentException("an estimate needs 0 <= low <= value <= high, got " + low + "/" + value + "/" + high);
        }
    }

    public static final Estimate ZERO = new Estimate(0, 0, 0);

    public static Estimate exactly(long value) {
        return new Estimate(value, value, value);
    }

    /** A value with a range that may not include it (sources disagree): the range is widened to include it. */
    public static Estimate of(long value, long rangeLow, long rangeHigh) {
        return new Estimate(Math.min(value, Math.min(rangeLow, rangeHigh)), value, Math.max(value, Math.max(rangeLow, rangeHigh)));
    }

    public Estimate plus(Estimate other) {
        return new Estimate(low + other.low, value + other.value, high + other.high);
    }

    /** What remains when {@code other} leaves: never below zero. */
    public Estimate minus(Estimate other) {
        long v = Math.max(0, value - other.value);
        long lo = Math.min(v, Math.max(0, low - other.high));
        long hi = Math.max(v, Math.max(0, high - other.low));
        return new Estimate(lo, v, hi);
    }

    /** The same value with a range stretched to cover {@code other}'s too. */
    public Estimate widenedBy(Estimate other) {
        return new Estimate(Math.min(low, other.low), value, Math.max(high, other.high));
    }

    public boolean isPoint() { return low == high; }

    /** "2,000 (2,000–4,000)", or "2,519" when there is no spread. */
    public String text() {
        return isPoint() ? number(value) : number(value) + " (" + number(low) + "–" + number(high) + ")";
    }

    /** "700–13,268", or "1,268" when there is no spread. */
    public String rangeText() {
        return isPoint() ? number(value) : number(low) + "–" + number(high);
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    @Override
    public String toString() { return text(); }
}
