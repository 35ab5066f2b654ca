package org.tocsin.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened and must be provable later: who did or received what, when, about
 * which situation. Immutable, past tense ({@code signal.received}, {@code alert.acknowledged},
 * {@code briefing.opened}). {@code occurredAt} is when it happened; the journal adds when it was
 * recorded. {@code details} must never contain sealed source data.
 *
 * @param type      dotted past-tense name, e.g. {@code alert.escalated}
 * @param actor     who did it or to whom it happened (a person id, {@code system}, {@code cli:user})
 * @param situation the situation it concerns, or null for system-wide events
 * @param subject   what it is about, e.g. {@code signal:rwanda-1993-1994/rw-017}, {@code alert:42}
 */
public record JournalEvent(String type, Instant occurredAt, String actor, String situation, String subject,
                           Map<String, Object> details) {
    public JournalEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
