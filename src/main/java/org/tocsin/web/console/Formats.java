package org.tocsin.web.console;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and numbers in the reader's language, for templates ({@code ${fmt.date(d)}}).
 * Formatters are made per call: {@link NumberFormat} is not thread-safe and the locale is per request.
 * Instants are shown in UTC, said so, because readers sit in many time zones.
 */
@Component
public class Formats {

    static Locale locale() { return ConsoleLocaleResolver.supported(LocaleContextHolder.getLocale()); }

    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    public String longDate(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }

    /** "12 Jan 1994 14:03 UTC". */
    public String instant(Instant at) {
        if (at == null) return "";
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(at.atZone(ZoneOffset.UTC)) + " UTC";
    }

    /** A score in [0, 1] with three decimals: 0.700 / 0,700. */
    public String score(double score) { return decimal(score, 3); }

    public String decimal(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    /** A share in [0, 1] as a whole percentage: 63 % / 63%. */
    public String percent(double share) {
        return NumberFormat.getPercentInstance(locale()).format(share);
    }

    public String number(Number n) { return n == null ? "" : NumberFormat.getIntegerInstance(locale()).format(n); }
}
