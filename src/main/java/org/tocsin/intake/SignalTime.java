package org.tocsin.intake;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When a signal's content happened, with its precision. {@code end} is set only for
 * {@link DatePrecision#RANGE}. A record is treated as known no earlier than the end of its
 * uncertainty: a month-precision record is known on the last day of its month.
 */
public record SignalTime(LocalDate date, DatePrecision precision, LocalDate end) {

    public SignalTime {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.RANGE) {
            Objects.requireNonNull(end, "a range needs an end");
            if (end.isBefore(date)) throw new IllegalArgumentException("range ends before it starts");
        } else if (end != null) {
            throw new IllegalArgumentException("only a range has an end");
        }
    }

    public static SignalTime day(LocalDate date) { return new SignalTime(date, DatePrecision.DAY, null); }

    public static SignalTime of(LocalDate date, DatePrecision precision) { return new SignalTime(date, precision, null); }

    public static SignalTime range(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : new SignalTime(from, DatePrecision.RANGE, to);
    }

    /** The first day on which the record can have been known. */
    public LocalDate knownOn() {
        return switch (precision) {
            case DAY -> date;
            case WEEK -> date.plusDays(6);
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
            case RANGE -> end;
        };
    }

    /** Width of the uncertainty in days (0 for an exact day), used to discount imprecise records. */
    public long uncertaintyDays() {
        return java.time.temporal.ChronoUnit.DAYS.between(earliest(), knownOn());
    }

    public LocalDate earliest() {
        return switch (precision) {
            case DAY, RANGE -> date;
            case WEEK -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }
}
