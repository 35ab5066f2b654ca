package org.tocsin.protection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date as the force file writes it, and the days it may mean: a day ({@code 1994-04-11}), a month
 * ({@code 1994-06}: some day in June), or a period ({@code 1994-04-07/1994-07-04}: "date unknown within
 * period" — a peak or a cumulative figure whose day nobody recorded).
 *
 * @param text the date as written, kept for display
 */
public record DateSpan(LocalDate earliest, LocalDate latest, Precision precision, String text) {

    public enum Precision { DAY, MONTH, PERIOD }

    public DateSpan {
        if (latest.isBefore(earliest)) throw new IllegalArgumentException("a date span cannot end before it starts");
    }

    public static DateSpan day(LocalDate day) {
        return new DateSpan(day, day, Precision.DAY, day.toString());
    }

    public static Optional<DateSpan> parse(String text) {
        if (text == null) return Optional.empty();
        int slash = text.indexOf('/');
        if (slash >= 0) {
            Optional<DateSpan> from = single(text.substring(0, slash));
            Optional<DateSpan> to = single(text.substring(slash + 1));
            if (from.isEmpty() || to.isEmpty() || to.get().latest().isBefore(from.get().earliest())) return Optional.empty();
            return Optional.of(new DateSpan(from.get().earliest(), to.get().latest(), Precision.PERIOD, text));
        }
        return single(text);
    }

    private static Optional<DateSpan> single(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(text);
                return Optional.of(new DateSpan(d, d, Precision.DAY, text));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(text);
                return Optional.of(new DateSpan(m.atDay(1), m.atEndOfMonth(), Precision.MONTH, text));
            }
        } catch (DateTimeParseException e) {
            // not a date: refused below
        }
        return Optional.empty();
    }

    /** A period figure: true somewhere in the span, on a day nobody recorded. */
    public boolean isPeriod() { return precision == Precision.PERIOD; }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /** Whether the figure may already apply on {@code day}: its first possible day is not after it. */
    public boolean startsBy(LocalDate day) {
        return !earliest.isAfter(day);
    }

    @Override
    public String toString() { return text; }
}
