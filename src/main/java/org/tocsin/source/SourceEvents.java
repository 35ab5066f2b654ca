package org.tocsin.source;

import org.tocsin.audit.JournalEvent;
import org.tocsin.audit.JournalTypes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journal entries of sealed sources. Subject: {@code source:<pseudonym>} — never the id (which
 * an earlier habit may have made a name) and never anything sealed. Details hold field names,
 * grades, statuses, deadlines and person ids; sealed values and free text that may hold them
 * (protection details, their rationales) never appear. Situation: none (a source may serve several).
 */
public final class SourceEvents {

    private SourceEvents() {}

    public static final String REGISTERED = "source.registered";
    public static final String HANDLER_ASSIGNED = "source.handler_assigned";
    public static final String HANDLER_REVOKED = "source.handler_revoked";
    /** A handler (or a protection request's owner) read sealed fields. Details: to, fields (names only), request. */
    public static final String UNSEALED = JournalTypes.SOURCE_UNSEALED;
    /** Someone who is not a handler asked to unseal; nothing was disclosed. Details: fields (what was asked). */
    public static final String UNSEAL_DENIED = "source.unseal_denied";
    /** A handler asked, but the record could not be opened (key gone, row altered or moved). */
    public static final String UNSEAL_FAILED = "source.unseal_failed";
    public static final String RELIABILITY_CHANGED = "source.reliability_changed";
    public static final String REPORT_ASSESSED = "source.report_assessed";
    public static final String PROTECTION_REQUESTED = "source.protection_requested";
    public static final String PROTECTION_UPDATED = "source.protection_updated";
    public static final String KEYS_ROTATED = "source.keys_rotated";

    /** Every type above, for the journal's vocabulary. */
    public static final List<String> ALL = List.of(REGISTERED, HANDLER_ASSIGNED, HANDLER_REVOKED, UNSEALED, UNSEAL_DENIED,
            UNSEAL_FAILED, RELIABILITY_CHANGED, REPORT_ASSESSED, PROTECTION_REQUESTED, PROTECTION_UPDATED, KEYS_ROTATED);

    static JournalEvent registered(Source s) {
        return event(REGISTERED, s.registeredAt(), s.registeredBy(), s.pseudonym(),
                details("type", s.type().wire(), "reliability", s.reliability().name()));
    }

    static JournalEvent handlerAssigned(Source s, String person, String by, Instant at) {
        return event(HANDLER_ASSIGNED, at, by, s.pseudonym(), details(JournalTypes.Keys.TO, person));
    }

    static JournalEvent handlerRevoked(Source s, String person, String by, Instant at) {
        return event(HANDLER_REVOKED, at, by, s.pseudonym(), details(JournalTypes.Keys.TO, person));
    }

    static JournalEvent unsealed(Source s, String actor, List<String> fields, String request, Instant at) {
        return unsealed(s, actor, fields, request, null, at);
    }

    /** With the reason the handler gave for revealing (their own words, never a sealed value), as the entry's rationale. */
    static JournalEvent unsealed(Source s, String actor, List<String> fields, String request, String reason, Instant at) {
        var d = details(JournalTypes.Keys.TO, actor, "fields", fields);
        if (request != null) d.put("request", request);
        if (reason != null) d.put(JournalTypes.Keys.RATIONALE, reason);
        return event(UNSEALED, at, actor, s.pseudonym(), d);
    }

    static JournalEvent unsealDenied(Source s, String actor, List<String> fields, String request, Instant at) {
        var d = details("fields", fields, JournalTypes.Keys.OUTCOME, "denied");
        if (request != null) d.put("request", request);
        return event(UNSEAL_DENIED, at, actor, s.pseudonym(), d);
    }

    static JournalEvent unsealFailed(Source s, String actor, String request, Instant at) {
        var d = details(JournalTypes.Keys.OUTCOME, "failed");
        if (request != null) d.put("request", request);
        return event(UNSEAL_FAILED, at, actor, s.pseudonym(), d);
    }

    static JournalEvent reliabilityChanged(Source s, GradeChange c) {
        return event(RELIABILITY_CHANGED, c.at(), c.by(), s.pseudonym(), details(JournalTypes.Keys.FROM, c.from().name(),
                JournalTypes.Keys.TO, c.to().name(), JournalTypes.Keys.RATIONALE, c.rationale()));
    }

    static JournalEvent reportAssessed(Source s, String situation, String signal, ReportOutcome outcome, String by, Instant at) {
        return event(REPORT_ASSESSED, at, by, s.pseudonym(), details("signal", JournalTypes.signalSubject(situation, signal),
                JournalTypes.Keys.OUTCOME, outcome.wire()));
    }

    static JournalEvent protectionRequested(Source s, ProtectionRequest r) {
        return event(PROTECTION_REQUESTED, r.requestedAt(), r.requestedBy(), s.pseudonym(), details("request", r.id().toString(),
                "deadline", r.deadline(), "owner", r.owner(), "status", r.status().wire()));
    }

    static JournalEvent protectionUpdated(Source s, ProtectionRequest r, ProtectionUpdate u) {
        return event(PROTECTION_UPDATED, u.at(), u.by(), s.pseudonym(), details("request", r.id().toString(),
                JournalTypes.Keys.FROM, u.from().wire(), JournalTypes.Keys.TO, u.to().wire(), "deadline", r.deadline()));
    }

    static JournalEvent keysRotated(RotationReport r, String actor, Instant at) {
        return new JournalEvent(KEYS_ROTATED, at, actor, null, "sources", details("key_id", r.primaryKeyId(),
                JournalTypes.Keys.COUNT, r.reencrypted(), "unreadable", r.unreadable().size()));
    }

    private static JournalEvent event(String type, Instant at, String actor, Pseudonym subject, Map<String, Object> details) {
        return new JournalEvent(type, at, actor, null, subject.subject(), details);
    }

    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) d.put((String) pairs[i], pairs[i + 1]);
        return d;
    }
}
