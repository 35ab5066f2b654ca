package org.tocsin.escalation;

import org.tocsin.audit.Journal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Records an event twice, in the caller's transaction: in the subject's own history (what the API
 * shows) and in the journal (what an inquiry verifies). Recorded-at comes from the clock.
 */
public final class Events {

    private final EventHistory history;
    private final Journal journal;
    private final Clock clock;

    public Events(EventHistory history, Journal journal, Clock clock) {
        this.history = history;
        this.journal = journal;
        this.clock = clock;
    }

    public EscalationEvent record(String type, Instant occurredAt, String actor, String situation, String subject,
                                  Map<String, Object> details) {
        Map<String, Object> clean = new LinkedHashMap<>();
        details.forEach((k, v) -> { if (v != null) clean.put(k, v); });
        EscalationEvent e = new EscalationEvent(UUID.randomUUID(), type, occurredAt, clock.instant(), actor, situation, subject, clean);
        history.append(e);
        journal.append(e.toJournal());
        return e;
    }

    public static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) if (keyValues[i + 1] != null) m.put((String) keyValues[i], keyValues[i + 1]);
        return m;
    }
}
