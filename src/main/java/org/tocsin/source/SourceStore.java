package org.tocsin.source;

import org.tocsin.intake.Credibility;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sources, their handlers and their reliability record (public columns only; envelopes are in {@link SealedStore}). */
public interface SourceStore {

    /** Inserts unless the id or the pseudonym is taken; false then. */
    boolean insert(Source source);

    Optional<Source> find(SourceId id);

    /** The source, its row locked until the transaction ends: serialises handler changes. */
    Optional<Source> lock(SourceId id);

    List<Source> list();

    List<Handler> handlers(SourceId id);

    void assignHandler(SourceId id, String person, String by, Instant at);

    /** Revokes an active assignment; false when the person is not an active handler. */
    boolean revokeHandler(SourceId id, String person, String by, Instant at);

    /** Records a grade change and sets the source's current grade. */
    void changeGrade(SourceId id, GradeChange change);

    List<GradeChange> gradeChanges(SourceId id);

    /** Signals carrying this source id, counted by their credibility grade. */
    Map<Credibility, Long> reportsByCredibility(SourceId id);

    /** Whether a signal {@code situation/signal} exists and carries this source id. */
    boolean isReportOf(SourceId id, String situation, String signal);

    void recordOutcome(SourceId id, String situation, String signal, ReportOutcome outcome, String by, Instant at, String rationale);

    /** The latest assessment of each report, counted. */
    Map<ReportOutcome, Long> outcomes(SourceId id);
}
