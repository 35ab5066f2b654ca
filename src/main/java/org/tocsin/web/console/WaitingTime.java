package org.tocsin.web.console;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * A span of time in the reader's language, as long as a reader needs it: "3 d 4 h", "2 h 10 min",
 * "12 min", "less than a minute" (messages {@code requests.span.*}). For how long a request has waited and how
 * far a deadline is past; the exact instants are on the page beside it.
 */
@Component
public class WaitingTime {

    private final MessageSource messages;

    WaitingTime(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Duration d) {
        if (d == null) return "";
        if (d.isNegative()) d = d.negated();
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) return text("requests.span.days", days, hours);
        if (hours > 0) return text("requests.span.hours", hours, minutes);
        if (minutes > 0) return text("requests.span.minutes", minutes);
        return text("requests.span.lessThanMinute");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Formats.locale());
    }
}
