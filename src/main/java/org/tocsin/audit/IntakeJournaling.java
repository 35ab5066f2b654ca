package org.tocsin.audit;

import org.tocsin.intake.ImportReport;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.IntakeService;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SourceType;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Journals what intake receives: one {@code signal.received} per signal accepted one at a time, one
 * {@code signals.imported} per committed bulk import (a million records make one entry, whose digest
 * still pins down exactly which records came in). Both run inside the accepting transaction.
 *
 * <p>Details identify and grade the signal — never its summary, which may name a protected person,
 * and never the source id of an informant: the journal cannot be edited, so what is written here is
 * disclosed for good to everyone who will ever hold an export.
 */
public final class IntakeJournaling implements IntakeService.Listener, ImportService.Listener {

    private final Journal journal;
    private final Clock clock;

    public IntakeJournaling(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void accepted(Signal signal) {
        journal.append(received(signal));
    }

    @Override
    public void imported(ImportService.Request request, ImportReport report, String digest) {
        journal.append(imported(request, report, digest, clock));
    }

    static JournalEvent received(Signal s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(JournalTypes.Keys.UID, s.key().uuid().toString());
        d.put("id", s.key().id());
        d.put("kind", s.kind().wire());
        d.put("source_type", s.sourceType().wire());
        if (s.sourceType() != SourceType.INFORMANT) d.put("source_id", s.sourceId());
        d.put("reliability", s.reliability().name());
        d.put("credibility", s.credibility().grade());
        d.put(JournalTypes.Keys.LABEL, s.label().wire());
        d.put(JournalTypes.Keys.INDICATORS, s.indicators());
        d.put("critical", s.critical());
        d.put(JournalTypes.Keys.CHANNEL, s.receipt().channel().wire());
        d.put(JournalTypes.Keys.CONTENT_HASH, s.contentHash());
        return new JournalEvent(JournalTypes.SIGNAL_RECEIVED, s.receipt().recordedAt(), s.receipt().submittedBy(),
                s.key().situation(), JournalTypes.signalSubject(s.key().situation(), s.key().id()), d);
    }

    static JournalEvent imported(ImportService.Request request, ImportReport report, String digest, Clock clock) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("format", report.format());
        d.put(JournalTypes.Keys.COUNT, report.accepted());
        d.put("duplicates", report.duplicates());
        d.put("rejected", report.rejected());
        d.put("read", report.read());
        d.put("skip_invalid", report.skipInvalid());
        d.put(JournalTypes.Keys.LABEL, request.label().wire());
        d.put(JournalTypes.Keys.DIGEST, digest);
        return new JournalEvent(JournalTypes.SIGNALS_IMPORTED, clock.instant(), request.submittedBy(), request.situation(),
                "import:" + request.situation() + "/" + digest.substring(0, Math.min(16, digest.length())), d);
    }
}
