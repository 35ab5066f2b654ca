package org.tocsin.intake.format;

import org.tocsin.common.FieldError;

import java.util.List;
import java.util.regex.Pattern;

/** Number parsing for bulk rows: a bad value adds a FieldError naming the column and yields null. */
final class Numbers {

    // Plain decimal notation only: Double.parseDouble would also take "NaN", "0x1p3" and "1.5f".
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");

    private Numbers() {}

    /** A finite decimal within [min, max]; null when absent or bad. */
    static Double decimal(String text, String column, double min, double max, List<FieldError> errors) {
        if (text == null) return null;
        double d = DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
        if (!Double.isFinite(d)) {
            errors.add(new FieldError(column, "must be a number"));
            return null;
        }
        if (d < min || d > max) {
            errors.add(new FieldError(column, "must be between " + plain(min) + " and " + plain(max)));
            return null;
        }
        return d;
    }

    /** A whole number of 0 or more (a count); null when absent or bad. */
    static Long count(String text, String column, List<FieldError> errors) {
        if (text == null) return null;
        if (!text.matches("\\d{1,18}")) {
            errors.add(new FieldError(column, "must be a whole number of 0 or more"));
            return null;
        }
        return Long.parseLong(text);
    }

    /** A whole number within [min, max]; null when absent or bad. */
    static Integer whole(String text, String column, int min, int max, String reason, List<FieldError> errors) {
        if (text == null) return null;
        if (text.matches("-?\\d{1,9}")) {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) return n;
        }
        errors.add(new FieldError(column, reason));
        return null;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
