package org.tocsin.escalation;

import org.tocsin.audit.JournalEvent;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened to an alert, a request, a delivery or a briefing: immutable, named in the
 * past tense ({@code alert.escalated}), with two instants — when it happened and when Tocsin recorded
 * it. Kept in the subject's history and appended to the journal in the same transaction.
 *
 * @param subject e.g. {@code alert:42}, {@code request:7}, {@code briefing:3}, {@code delivery:19}
 */
public record EscalationEvent(UUID id, String type, Instant occurredAt, Instant recordedAt, String actor, String situation,
                              String subject, Map<String, Object> details) {

    public static final String ALERT_RAISED = "alert.raised";
    public static final String ALERT_DELIVERED = "alert.delivered";
    public static final String ALERT_RENOTIFIED = "alert.renotified";
    public static final String ALERT_ACKNOWLEDGED = "alert.acknowledged";
    public static final String ALERT_ESCALATED = "alert.escalated";
    public static final String ALERT_OVERDUE = "alert.overdue";
    public static final String ALERT_DECIDED = "alert.decided";
    public static final String ALERT_APPEALED = "alert.appealed";
    public static final String ALERT_ASSESSMENT_ATTACHED = "alert.assessment_attached";
    public static final String ALERT_LABEL_WIDENED = "alert.label_widened";
    public static final String ALERT_UNREACHABLE = "alert.unreachable";
    public static final String REQUEST_REGISTERED = "request.registered";
    public static final String REQUEST_DECIDED = "request.decided";
    public static final String MANDATE_GAP_OPENED = "mandate_gap.opened";
    public static final String DISCLOSURE_HELD = "disclosure.held";
    public static final String DISCLOSURE_OVERRIDDEN = "disclosure.overridden";
    public static final String BRIEFING_DELIVERED = "briefing.delivered";
    public static final String BRIEFING_OPENED = "briefing.opened";
    public static final String BRIEFING_ACKNOWLEDGED = "briefing.acknowledged";
    public static final String BRIEFING_LABEL_WIDENED = "briefing.label_widened";
    public static final String POLICY_SET = "escalation_policy.set";

    public EscalationEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public JournalEvent toJournal() { return new JournalEvent(type, occurredAt, actor, situation, subject, details); }
}
