package org.tocsin.web.console;

import org.springframework.stereotype.Component;
import org.tocsin.audit.JournalAudit;
import org.tocsin.audit.JournalEntry;
import org.tocsin.audit.JournalStore;
import org.tocsin.audit.JournalVerifier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The verification status of the live journal for the console: the same check as
 * {@code GET /api/journal/verify} (every entry rehashed and linked, every checkpoint's signature checked
 * against this installation's key). It reads the whole journal, so a result is kept while the journal has
 * not grown, for at most {@link #KEEP}; a reader may ask for a fresh check. One check runs at a time.
 */
@Component
class JournalStatus {

    /** How long a result stands for an unchanged journal: an edit made behind Tocsin's back adds no entry. */
    static final Duration KEEP = Duration.ofMinutes(5);

    /** A verification, with the head it covered and when it was made. */
    record Checked(JournalVerifier.Verification verification, long head, Instant at, String keyId) {
        /** The number of entries after the last signed checkpoint: nothing signed vouches for them yet. */
        public long unsigned() {
            return verification instanceof JournalVerifier.Verification.Valid v
                    ? v.entries() - (v.lastCheckpoint() == null ? 0 : v.lastCheckpoint().seq()) : 0;
        }
    }

    private final JournalAudit audit;
    private final JournalStore store;
    private final Clock clock;
    private Checked last;

    JournalStatus(JournalAudit audit, JournalStore store, Clock clock) {
        this.audit = audit;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The status: checked again when entries were appended since the last check, when that check is older
     * than {@link #KEEP}, or when {@code fresh} is asked for.
     */
    synchronized Checked now(boolean fresh) {
        long head = store.head().map(JournalEntry::seq).orElse(0L);
        Instant now = clock.instant();
        if (fresh || last == null || last.head() != head || last.at().plus(KEEP).isBefore(now)) {
            last = new Checked(audit.verify(List.of(), List.of()), head, now, audit.signer().keyId());
        }
        return last;
    }
}
