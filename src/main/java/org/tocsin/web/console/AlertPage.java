package org.tocsin.web.console;

import org.tocsin.escalation.Alert;
import org.tocsin.escalation.Delivery;
import org.tocsin.escalation.EscalationEvent;
import org.tocsin.intake.SignalKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the console shows of one alert, ready for the template: the alert, where it stands against its
 * deadlines, its evidence as links, whom it addresses, its deliveries with receipts, its history in
 * words, and which actions this viewer's roles allow in its present state.
 */
record AlertPage(Alert alert, String situationName, String levelName, AlertDeadlines deadlines, List<Evidence> evidence,
                 List<String> addressees, List<DeliveryLine> deliveries, List<HistoryLine> history, Actions actions,
                 boolean originator, boolean toMe, boolean automatic) {

    /** A signal the alert rests on, with the uid of its page. */
    record Evidence(String id, UUID uid) {
        static Evidence of(String situation, String id) { return new Evidence(id, new SignalKey(situation, id).uuid()); }
    }

    /** A delivery with the recipient's name, when the directory knows a different one. */
    record DeliveryLine(Delivery delivery, String name) {}

    /** The actions shown: each only when the viewer's roles allow it and the alert's state admits it. */
    record Actions(boolean acknowledge, boolean decide, boolean escalate, boolean appeal, boolean assess) {
        public boolean any() { return acknowledge || decide || escalate || appeal || assess; }
    }

    /**
     * One event of the history. {@code type} is the event type with dots as underscores (message
     * {@code alert.event.<type>}); the details are the ones a reader needs, each labelled.
     */
    record HistoryLine(Instant at, String type, String actor, List<Detail> details) {}

    /**
     * A labelled value (message {@code alert.detail.<label>}). When {@code valueKey} is set the value is
     * that message (a translated outcome or severity); else {@code value} as recorded, which is the
     * domain's English when {@code english}.
     */
    record Detail(String label, String value, String valueKey, boolean english) {}

    /** The events of an alert's history that have words (message {@code alert.event.<type>}); others are shown by type. */
    static final java.util.Set<String> KNOWN_EVENTS = java.util.Set.of(EscalationEvent.ALERT_RAISED, EscalationEvent.ALERT_DELIVERED,
            EscalationEvent.ALERT_RENOTIFIED, EscalationEvent.ALERT_ACKNOWLEDGED, EscalationEvent.ALERT_ESCALATED,
            EscalationEvent.ALERT_OVERDUE, EscalationEvent.ALERT_DECIDED, EscalationEvent.ALERT_APPEALED,
            EscalationEvent.ALERT_ASSESSMENT_ATTACHED, EscalationEvent.ALERT_LABEL_WIDENED, EscalationEvent.ALERT_UNREACHABLE);

    /** The details worth showing, in a fixed order; everything else stays in the journal and the API. */
    static HistoryLine line(EscalationEvent e) {
        Map<String, Object> d = e.details();
        List<Detail> out = new ArrayList<>();
        if (d.get("decision") instanceof Map<?, ?> decision) {
            if (decision.get("outcome") instanceof String o) out.add(new Detail("outcome", o, "alert.outcome." + o, false));
            if (decision.get("severity") instanceof String s) out.add(new Detail("severity", s, "level." + s.toUpperCase(java.util.Locale.ROOT), false));
            text(out, "rationale", decision.get("rationale"), false);
            text(out, "ground", decision.get("ground"), false);
        }
        if (EscalationEvent.ALERT_RAISED.equals(e.type())) {
            if (d.get("severity") instanceof String s) out.add(new Detail("severity", s, "level." + s.toUpperCase(java.util.Locale.ROOT), false));
            if (d.get("kind") instanceof String k) out.add(new Detail("kind", k, "alert.kind." + k, false));
        }
        if (d.get("from_level_name") instanceof String from) text(out, "fromLevel", from, false);
        text(out, "level", d.get("level_name"), false);
        text(out, "position", d.get("originator_position"), false);
        if (d.get("decider_position") instanceof Map<?, ?> decider) text(out, "contested", decider.get("rationale"), false);
        text(out, "role", d.get("role"), false);
        if (d.get("view") instanceof String v) out.add(new Detail("view", v, "level." + v.toUpperCase(java.util.Locale.ROOT), false));
        if (d.get("from") instanceof String f && d.get("to") instanceof String t) text(out, "label", f + " → " + t, false);
        text(out, "recipients", d.get("recipients"), false);
        text(out, "held", d.get("held"), false);
        text(out, "unresolved", d.get("unresolved"), false);
        text(out, "reason", d.get("reason"), true);
        String type = e.type().replace('.', '_');
        if (!KNOWN_EVENTS.contains(e.type())) {
            out.addFirst(new Detail("type", e.type(), null, true));
            type = "other";
        }
        return new HistoryLine(e.occurredAt(), type, e.actor(), out);
    }

    private static void text(List<Detail> out, String label, Object value, boolean english) {
        String s = switch (value) {
            case null -> null;
            case Collection<?> c -> c.isEmpty() ? null : String.join(", ", c.stream().map(String::valueOf).toList());
            default -> String.valueOf(value);
        };
        if (s != null && !s.isBlank()) out.add(new Detail(label, s, null, english));
    }
}
