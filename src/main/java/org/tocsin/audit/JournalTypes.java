package org.tocsin.audit;

import java.util.Map;

/**
 * The journal's event vocabulary, in one place: every capability emits these types, and the
 * "who knew what, when" report ({@link Knowledge}) reads them. A type is {@code <thing>.<past tense>}.
 *
 * <p><b>Conventions for every event.</b> {@code actor} is the person or body who did it, or to whom
 * it happened ({@code system} for automatic steps, {@code cli:<user>} for the command line);
 * {@code subject} names the thing, as {@code signal:<situation>/<id>}, {@code alert:<id>},
 * {@code briefing:<id>}, {@code request:<situation>/<id>}, {@code import:<situation>/<digest>},
 * {@code situation:<id>}, {@code source:<handle>} (a handle, never the sealed identity);
 * {@code details} hold only what an auditor needs — ids, grades, labels, counts, hashes — never
 * sealed source data and never free text that may contain it. {@link Keys} names the detail keys
 * that mean the same everywhere.
 *
 * <p><b>Stages.</b> Each type is classified as {@link Stage#RECEIVED} (the information reached the
 * actor, or the {@link Keys#RECIPIENTS recipients}), {@link Stage#OPENED} (someone looked at it) or
 * {@link Stage#ACTED} (a decision or step). Types not listed here are classified by their verb:
 * {@code .delivered}, {@code .received}, {@code .imported} received; {@code .viewed}, {@code .opened},
 * {@code .read} opened; anything else acted.
 */
public final class JournalTypes {

    private JournalTypes() {}

    /** What an event means for what its actor (or its recipients) knew. */
    public enum Stage { RECEIVED, OPENED, ACTED }

    /** Detail keys with one meaning across all types. */
    public static final class Keys {
        private Keys() {}

        /** List of person or body ids the subject reached with this event (deliveries, escalations, briefings). */
        public static final String RECIPIENTS = "recipients";
        /** The channel it went through: {@code api}, {@code email}, {@code webhook}, {@code console}, {@code import_case} … */
        public static final String CHANNEL = "channel";
        /** A signal's resource id (uuid). */
        public static final String UID = "uid";
        /** SHA-256 of a signal's content ({@code Signal.contentHash()}): proves which content without repeating it. */
        public static final String CONTENT_HASH = "content_hash";
        /** TLP label, as on the wire ({@code AMBER+STRICT}). */
        public static final String LABEL = "label";
        /** Indicator codes, e.g. {@code RF07.04}. */
        public static final String INDICATORS = "indicators";
        /** The decision's outcome: {@code approved}, {@code refused}, {@code deferred}, {@code partial}, {@code closed} … */
        public static final String OUTCOME = "outcome";
        /** The stated ground of a decision, e.g. {@code outside_mandate}. */
        public static final String GROUND = "ground";
        /** A short rationale an author wrote for a decision (no sealed data). */
        public static final String RATIONALE = "rationale";
        /** Risk levels before and after. */
        public static final String FROM = "from";
        public static final String TO = "to";
        /** How many records an event stands for ({@code signals.imported}). */
        public static final String COUNT = "count";
        /**
         * SHA-256 over a batch's valid records, in file order: for each, the UTF-8 bytes of
         * {@code <situation>/<id>}, a NUL, its content hash and a newline ({@code ImportService}).
         */
        public static final String DIGEST = "digest";
    }

    // ---- signals -------------------------------------------------------------------------------

    /** A signal was accepted. Actor: its submitter. Details: uid, id, kind, source_type, source_id (not for informants), label, indicators, critical, channel, content_hash. */
    public static final String SIGNAL_RECEIVED = "signal.received";
    /** A bulk import committed: one entry per import, not per record. Actor: the submitter. Details: format, count (accepted), duplicates, rejected, read, skip_invalid, digest (see {@link Keys#DIGEST}). */
    public static final String SIGNALS_IMPORTED = "signals.imported";
    /** Someone opened a signal (through {@link JournalReads}). Actor: the reader. */
    public static final String SIGNAL_VIEWED = "signal.viewed";

    // ---- assessment ----------------------------------------------------------------------------

    /** An analyst confirmed an indicator on a signal. Subject: the signal. Details: indicators. */
    public static final String INDICATOR_CONFIRMED = "indicator.confirmed";
    /** An analyst rejected a suggested indicator. Subject: the signal. Details: indicators, rationale. */
    public static final String INDICATOR_REJECTED = "indicator.rejected";
    /** A situation's risk level changed. Actor: {@code system} or the analyst. Subject: the situation. Details: from, to. */
    public static final String RISK_LEVEL_CHANGED = "risk.level_changed";

    // ---- alerts --------------------------------------------------------------------------------

    /** An alert was raised. Subject: the alert. Details: level, from (evidence subjects). */
    public static final String ALERT_RAISED = "alert.raised";
    /** An alert reached people. Actor: the sender ({@code system}). Details: recipients, channel. */
    public static final String ALERT_DELIVERED = "alert.delivered";
    /** A recipient acknowledged an alert. Actor: the recipient. */
    public static final String ALERT_ACKNOWLEDGED = "alert.acknowledged";
    /** An alert went up the escalation policy. Details: recipients (the next level), reason. */
    public static final String ALERT_ESCALATED = "alert.escalated";
    /** A decision on an alert (closed, downgraded, acted on). Details: outcome, rationale. */
    public static final String ALERT_DECIDED = "alert.decided";
    /** A decision on an alert was appealed. Details: rationale. */
    public static final String ALERT_APPEALED = "alert.appealed";
    /** An alert was sent again to people who had not acknowledged it. Details: recipients. */
    public static final String ALERT_RENOTIFIED = "alert.renotified";
    /** An acknowledgement or decision deadline passed. Actor: {@code system}. */
    public static final String ALERT_OVERDUE = "alert.overdue";
    /** An assessment (possibly a competing one) was attached to an alert, to travel with it. */
    public static final String ALERT_ASSESSMENT_ATTACHED = "alert.assessment_attached";
    /** An alert's distribution label was widened by a recorded decision. Details: from, to. */
    public static final String ALERT_LABEL_WIDENED = "alert.label_widened";
    /** Nobody at a level could be reached. */
    public static final String ALERT_UNREACHABLE = "alert.unreachable";

    // ---- briefings -----------------------------------------------------------------------------

    /** A briefing was delivered to a body's members. Details: recipients, channel, body. */
    public static final String BRIEFING_DELIVERED = "briefing.delivered";
    /** A member opened a briefing (read receipt). Actor: the member. */
    public static final String BRIEFING_OPENED = "briefing.opened";
    /** A member acknowledged a briefing. Actor: the member. */
    public static final String BRIEFING_ACKNOWLEDGED = "briefing.acknowledged";

    // ---- requests and mandates -----------------------------------------------------------------

    /** A request for action was registered. Actor: who asked. */
    public static final String REQUEST_REGISTERED = "request.registered";
    /** A request for action was decided. Details: outcome, ground, rationale. */
    public static final String REQUEST_DECIDED = "request.decided";
    /** A refusal on mandate grounds opened a mandate gap, sent to the mandating body. Details: recipients, ground. */
    public static final String MANDATE_GAP_OPENED = "mandate_gap.opened";

    // ---- protection and access -----------------------------------------------------------------

    /** A disclosure to a party implicated by the information was held back. Details: to (the party), rationale. */
    public static final String DISCLOSURE_HELD = "disclosure.held";
    /** Such a hold was overridden by a named person. Details: to, rationale. */
    public static final String DISCLOSURE_OVERRIDDEN = "disclosure.overridden";
    /** A sealed source identity was revealed to someone. Subject: the source handle. Details: to, rationale. */
    public static final String SOURCE_UNSEALED = "source.unsealed";
    /** A permission was granted. Details: to, permission. */
    public static final String PERMISSION_GRANTED = "permission.granted";
    /** A situation's escalation policy was set or changed. */
    public static final String ESCALATION_POLICY_SET = "escalation_policy.set";

    private static final Map<String, Stage> STAGES = Map.ofEntries(
            Map.entry(SIGNAL_RECEIVED, Stage.RECEIVED),
            Map.entry(SIGNALS_IMPORTED, Stage.RECEIVED),
            Map.entry(SIGNAL_VIEWED, Stage.OPENED),
            Map.entry(INDICATOR_CONFIRMED, Stage.ACTED),
            Map.entry(INDICATOR_REJECTED, Stage.ACTED),
            Map.entry(RISK_LEVEL_CHANGED, Stage.ACTED),
            Map.entry(ALERT_RAISED, Stage.ACTED),
            Map.entry(ALERT_DELIVERED, Stage.RECEIVED),
            Map.entry(ALERT_ACKNOWLEDGED, Stage.ACTED),
            Map.entry(ALERT_ESCALATED, Stage.ACTED),
            Map.entry(ALERT_DECIDED, Stage.ACTED),
            Map.entry(ALERT_APPEALED, Stage.ACTED),
            Map.entry(ALERT_RENOTIFIED, Stage.RECEIVED),
            Map.entry(ALERT_OVERDUE, Stage.ACTED),
            Map.entry(ALERT_ASSESSMENT_ATTACHED, Stage.ACTED),
            Map.entry(ALERT_LABEL_WIDENED, Stage.ACTED),
            Map.entry(ALERT_UNREACHABLE, Stage.ACTED),
            Map.entry(REQUEST_REGISTERED, Stage.ACTED),
            Map.entry(BRIEFING_DELIVERED, Stage.RECEIVED),
            Map.entry(BRIEFING_OPENED, Stage.OPENED),
            Map.entry(BRIEFING_ACKNOWLEDGED, Stage.ACTED),
            Map.entry(REQUEST_DECIDED, Stage.ACTED),
            // a gap is opened as an act, not "opened" as a document is
            Map.entry(MANDATE_GAP_OPENED, Stage.ACTED),
            Map.entry(DISCLOSURE_HELD, Stage.ACTED),
            Map.entry(DISCLOSURE_OVERRIDDEN, Stage.ACTED),
            Map.entry(SOURCE_UNSEALED, Stage.ACTED),
            Map.entry(PERMISSION_GRANTED, Stage.ACTED),
            Map.entry(ESCALATION_POLICY_SET, Stage.ACTED));

    /** Every type defined here. */
    public static java.util.Set<String> all() {
        return STAGES.keySet();
    }

    public static Stage stage(String type) {
        Stage known = STAGES.get(type);
        if (known != null) return known;
        String verb = type.substring(type.lastIndexOf('.') + 1);
        return switch (verb) {
            case "delivered", "received", "imported" -> Stage.RECEIVED;
            case "viewed", "read", "opened" -> Stage.OPENED;
            default -> Stage.ACTED;
        };
    }

    /** The subject of a signal: {@code signal:<situation>/<id>}. */
    public static String signalSubject(String situation, String id) {
        return "signal:" + situation + "/" + id;
    }
}
