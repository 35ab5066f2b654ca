package org.tocsin.web.console;

import org.springframework.context.MessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A deadline as a reader sees it: "due in 1 h 20 min" or "overdue by 3 h", in their language. The
 * server writes the words, so the page is right without script; {@code console.js} only re-counts
 * them as time passes, with the same rule and the same words ({@link #words}).
 *
 * <p>The rule: whole minutes, rounded up while the deadline is ahead (30 seconds away is "due in
 * 1 min") and down once it has passed (3 h 40 s late is "overdue by 3 h"), never less than one; from
 * an hour on, hours and minutes ("1 h 20 min", "3 h"); from a day on, days and hours ("2 d 3 h").
 *
 * @param due     when it falls due
 * @param overdue whether it had passed when the page was drawn
 * @param text    the words, e.g. "due in 1 h 20 min"
 */
record Countdown(Instant due, boolean overdue, String text) {

    /**
     * The words {@code console.js} needs to count the same way ({0} stands for the number or the span),
     * and the server's time when the page was drawn, which the script counts on from.
     */
    record Words(String dueIn, String overdueBy, String days, String hours, String minutes, String now) {}

    /** When it falls due, to the millisecond, as {@code <time datetime>} and the script read it. */
    public String iso() { return due.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString(); }

    static Countdown of(Instant due, Instant now, MessageSource messages, Locale locale) {
        boolean overdue = !now.isBefore(due);
        String span = span(Duration.between(now, due).abs(), !overdue, messages, locale);
        String text = messages.getMessage(overdue ? "alerts.countdown.overdue" : "alerts.countdown.in", new Object[] {span}, locale);
        return new Countdown(due, overdue, text);
    }

    /** "1 h 20 min" for 80 minutes; {@code up}: partial minutes count as whole ones. */
    static String span(Duration d, boolean up, MessageSource messages, Locale locale) {
        long seconds = d.getSeconds() + (up && d.getNano() > 0 ? 1 : 0);
        long minutes = Math.max(1, up ? (seconds + 59) / 60 : seconds / 60);
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long mins = minutes % 60;
        if (days > 0) {
            String out = unit("alerts.countdown.days", days, messages, locale);
            return hours > 0 ? out + " " + unit("alerts.countdown.hours", hours, messages, locale) : out;
        }
        if (hours > 0) {
            String out = unit("alerts.countdown.hours", hours, messages, locale);
            return mins > 0 ? out + " " + unit("alerts.countdown.minutes", mins, messages, locale) : out;
        }
        return unit("alerts.countdown.minutes", mins, messages, locale);
    }

    static Words words(MessageSource messages, Locale locale, Instant now) {
        Object[] placeholder = {"{0}"};
        return new Words(messages.getMessage("alerts.countdown.in", placeholder, locale),
                messages.getMessage("alerts.countdown.overdue", placeholder, locale),
                messages.getMessage("alerts.countdown.days", placeholder, locale),
                messages.getMessage("alerts.countdown.hours", placeholder, locale),
                messages.getMessage("alerts.countdown.minutes", placeholder, locale),
                now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
    }

    private static String unit(String key, long n, MessageSource messages, Locale locale) {
        return messages.getMessage(key, new Object[] {String.valueOf(n)}, locale);
    }
}
