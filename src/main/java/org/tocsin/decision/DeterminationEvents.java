package org.tocsin.decision;

import org.tocsin.audit.JournalEvent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The journal events of this capability (immutable, past tense; the journal adds when each was
 * recorded). Details hold ids, codes, statuses and hashes, never the free text of findings or notes.
 */
public final class DeterminationEvents {

    private DeterminationEvents() {}

    /** A determination was recorded. Actor: its author. Subject: {@code determination:<id>}. */
    public static final String DETERMINATION_RECORDED = "determination.recorded";
    /** A determination fell due. Actor: who or what prompted the review ({@code system}). Subject: {@code determination_due:<id>}. */
    public static final String DUE_OPENED = "determination.due_opened";
    /** A due item was closed by a recorded determination. Actor: the determination's author. */
    public static final String DUE_CLOSED = "determination.due_closed";
    /** A determination opened a tracked obligation. Actor: the determination's author. Subject: {@code obligation:<id>}. */
    public static final String OBLIGATION_OPENED = "obligation.opened";
    /** A step on an obligation was recorded (or a further determination opened it again). */
    public static final String OBLIGATION_UPDATED = "obligation.updated";

    static JournalEvent event(String type, Instant occurredAt, String actor, String situation, String subject, Object... keyValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) details.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new JournalEvent(type, occurredAt, actor, situation, subject, details);
    }
}
