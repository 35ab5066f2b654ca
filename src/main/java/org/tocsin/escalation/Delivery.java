package org.tocsin.escalation;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One delivery of an alert or a briefing to one person, with its receipt. A delivery held for a
 * disclosure conflict keeps the warning until someone authorised overrides it with a rationale;
 * it is then released (delivered at the override).
 *
 * @param subject what is delivered: {@code alert:42} or {@code briefing:3}
 * @param reason  why now: {@code raised}, {@code escalated}, {@code renotify}, {@code appealed} …
 */
public record Delivery(long id, String subject, String situation, String recipient, Status status, String reason,
                       Instant createdAt, Instant deliveredAt, String conflictActor, String warning, String overriddenBy,
                       String overrideRationale, Instant overriddenAt, Instant openedAt, Instant acknowledgedAt) {

    public enum Status {
        DELIVERED, HELD, RELEASED;

        public String wire() { return name().toLowerCase(Locale.ROOT); }
    }

    public Delivery {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Delivery delivered(String subject, String situation, String recipient, String reason, Instant at) {
        return new Delivery(0, subject, situation, recipient, Status.DELIVERED, reason, at, at, null, null, null, null, null, null, null);
    }

    public static Delivery held(String subject, String situation, String recipient, String reason, Instant at, String actor, String warning) {
        return new Delivery(0, subject, situation, recipient, Status.HELD, reason, at, null, actor, warning, null, null, null, null, null);
    }

    public String ref() { return "delivery:" + id; }

    public Delivery released(String by, String rationale, Instant at) {
        return new Delivery(id, subject, situation, recipient, Status.RELEASED, reason, createdAt, at, conflictActor, warning, by,
                rationale, at, openedAt, acknowledgedAt);
    }

    public Delivery opened(Instant at) {
        return new Delivery(id, subject, situation, recipient, status, reason, createdAt, deliveredAt, conflictActor, warning,
                overriddenBy, overrideRationale, overriddenAt, openedAt == null ? at : openedAt, acknowledgedAt);
    }

    public Delivery acknowledged(Instant at) {
        return new Delivery(id, subject, situation, recipient, status, reason, createdAt, deliveredAt, conflictActor, warning,
                overriddenBy, overrideRationale, overriddenAt, openedAt == null ? at : openedAt, acknowledgedAt == null ? at : acknowledgedAt);
    }

    public boolean reached() { return status != Status.HELD; }
}
