package org.tocsin.fusion;

import java.math.BigInteger;

/**
 * A sum of positive terms, each given by its base-2 logarithm, kept <em>exactly</em>: every term is
 * rounded once, the same way wherever it comes from, to a 53-bit mantissa times a power of two, and
 * the sum is an integer count of the smallest power of two seen. Adding and subtracting are therefore
 * exact and commutative, so the sum — and every score read from it — is a function of the set of
 * terms alone, not of the order they arrived in. That is what lets an incrementally updated situation
 * equal one rebuilt from scratch bit for bit. Terms are stored in log form anchored at epoch day 0
 * (see {@link SituationRisk}), which would overflow a {@code double} but not a {@link BigInteger}.
 */
final class ExactSum {

    private static final double LN2 = StrictMath.log(2);

    /** 2^log2 as {@code mantissa × 2^exponent}; the rounding depends on {@code log2} only. */
    record Term(long mantissa, int exponent) {
        static Term of(double log2) {
            if (!Double.isFinite(log2)) throw new IllegalArgumentException("a term must be finite, was 2^" + log2);
            double whole = Math.floor(log2);
            long mantissa = Math.round(StrictMath.pow(2, log2 - whole) * 0x1p52);
            return new Term(mantissa, (int) whole - 52);
        }
    }

    private BigInteger units = BigInteger.ZERO;
    /** The value is {@code units × 2^scale}; scale only ever decreases, so every term added stays aligned. */
    private int scale = Integer.MAX_VALUE;

    void add(Term t) {
        if (t.exponent() < scale) {
            units = scale == Integer.MAX_VALUE ? BigInteger.ZERO : units.shiftLeft(scale - t.exponent());
            scale = t.exponent();
        }
        units = units.add(BigInteger.valueOf(t.mantissa()).shiftLeft(t.exponent() - scale));
    }

    /** Removes a term that was added before (so it is aligned and the sum stays non-negative). */
    void subtract(Term t) {
        if (t.exponent() < scale) throw new IllegalStateException("subtracting a term that was never added");
        units = units.subtract(BigInteger.valueOf(t.mantissa()).shiftLeft(t.exponent() - scale));
        if (units.signum() < 0) throw new IllegalStateException("subtracting a term that was never added");
    }

    /**
     * log2 of the sum, or −∞ when empty. Read from a canonical form (odd integer × power of two) so
     * that equal sums give equal results however their representation came about.
     */
    double log2() {
        if (units.signum() == 0) return Double.NEGATIVE_INFINITY;
        int zeros = units.getLowestSetBit();
        BigInteger odd = units.shiftRight(zeros);
        long exponent = (long) scale + zeros;
        int bits = odd.bitLength();
        if (bits > 62) {
            odd = odd.shiftRight(bits - 62);
            exponent += bits - 62;
        }
        return StrictMath.log(odd.longValue()) / LN2 + exponent;
    }
}
