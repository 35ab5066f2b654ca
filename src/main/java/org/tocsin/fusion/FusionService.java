package org.tocsin.fusion;

import org.tocsin.audit.Journal;
import org.tocsin.audit.JournalEvent;
import org.tocsin.common.Transactions;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalStore;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;
import org.tocsin.tagging.IndicatorReview;
import org.tocsin.taxonomy.Taxonomy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each situation's fused risk up to date as signals arrive, and acts once on every change of
 * level. The engine state lives in memory and catches up incrementally from the store by arrival
 * order ({@code seq}): a new signal costs one {@link SituationRisk#add}, however many the situation
 * holds. A confirmation of a suggested indicator changes which codes count, so it recounts the
 * situation from scratch (rare, human-paced). Level changes are compared with the last level
 * recorded in the store under a row lock, so each change is journaled and handed to listeners
 * (alerts) exactly once, even with several Tocsin instances.
 *
 * <p>A situation whose watch period has ended is assessed at the end of its watch (the historical
 * demo shows how 1994 stood, not how its evidence has decayed since).
 */
public final class FusionService {

    /** Told of each change of a situation's level, inside the transaction that records it. */
    public interface Listener {
        void levelChanged(String situation, RiskLevel from, RiskLevel to, RiskAssessment assessment, Instant at);
    }

    /** The last level recorded per situation; {@link #lock} must be called inside a transaction. */
    public interface LevelStore {
        Optional<RecordedLevel> lock(String situation);

        void save(String situation, RecordedLevel level);
    }

    public record RecordedLevel(RiskLevel level, double score, LocalDate asOf, long lastSeq, Instant changedAt) {}

    private record Cached(SituationRisk risk, long lastSeq, long confirmations) {}

    private final SituationStore situations;
    private final SignalStore signals;
    private final IndicatorReview.Store suggestions;
    private final LevelStore levels;
    private final Journal journal;
    private final Taxonomy taxonomy;
    private final FusionParameters parameters;
    private final CountryNames countries;
    private final Clock clock;
    private final Transactions transactions;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();

    public FusionService(SituationStore situations, SignalStore signals, IndicatorReview.Store suggestions, LevelStore levels,
                         Journal journal, Taxonomy taxonomy, FusionParameters parameters, CountryNames countries, Clock clock,
                         Transactions transactions) {
        this.transactions = transactions;
        this.situations = situations;
        this.signals = signals;
        this.suggestions = suggestions;
        this.levels = levels;
        this.journal = journal;
        this.taxonomy = taxonomy;
        this.parameters = parameters;
        this.countries = countries;
        this.clock = clock;
    }

    public void addListener(Listener listener) { listeners.add(listener); }

    public FusionParameters parameters() { return parameters; }

    /**
     * The day a situation is assessed "now": today, or the end of its watch period if that has passed —
     * unless evidence arrived after the watch ended, which means it is being watched again.
     */
    public LocalDate asOf(Situation situation) {
        return asOf(situation, null);
    }

    private LocalDate asOf(Situation situation, SituationRisk risk) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate day = situation.watchTo() != null && situation.watchTo().isBefore(today) ? situation.watchTo() : today;
        LocalDate latest = risk == null ? null : risk.latestKnownOn();
        return latest != null && latest.isAfter(day) ? latest : day;
    }

    /** The current assessment, catching up with every signal stored so far. Call inside a transaction. */
    public Optional<RiskAssessment> current(String situationId) {
        return situations.find(situationId).map(s -> {
            SituationRisk risk = state(s);
            return risk.assess(asOf(s, risk));
        });
    }

    /**
     * The assessment as Tocsin would have made it on a given day: only evidence known by then counts.
     * Costs a pass over the situation's signals; call inside a transaction.
     */
    public Optional<RiskAssessment> at(String situationId, LocalDate day) {
        return situations.find(situationId).map(s -> {
            SituationArea area = SituationArea.of(s, countries);
            Map<UUID, Set<String>> confirmed = suggestions.confirmed(s.id());
            SituationRisk risk = new SituationRisk(s.id(), taxonomy, parameters);
            signals.forEachSince(s.id(), 0, (seq, signal) -> {
                Evidence e = area.evidence(signal, IndicatorReview.counting(signal, confirmed));
                if (!e.knownOn().isAfter(day)) risk.add(e);
            });
            return risk.assess(day);
        });
    }

    /** How the level moved over the situation's history, in the order evidence became known. Call inside a transaction. */
    public Optional<RiskTimeline> history(String situationId) {
        return situations.find(situationId).map(s -> {
            SituationArea area = SituationArea.of(s, countries);
            Map<UUID, Set<String>> confirmed = suggestions.confirmed(s.id());
            List<Evidence> evidence = new ArrayList<>();
            signals.forEach(s.id(), signal -> evidence.add(area.evidence(signal, IndicatorReview.counting(signal, confirmed))));
            LocalDate until = evidence.stream().map(Evidence::knownOn).max(LocalDate::compareTo)
                    .filter(d -> d.isAfter(asOf(s))).orElse(asOf(s));
            return RiskTimeline.replayDaily(new SituationRisk(s.id(), taxonomy, parameters), evidence, until);
        });
    }

    /**
     * Re-assesses a situation after new signals or confirmations and acts on a change of level
     * (journal, listeners). Call inside the transaction that stored the change.
     */
    public Optional<RiskScore> reassess(String situationId, String actor) {
        Optional<Situation> found = situations.find(situationId);
        if (found.isEmpty()) return Optional.empty();
        Situation s = found.get();
        SituationRisk risk = state(s);
        LocalDate asOf = asOf(s, risk);
        // the score is cheap (constant time); the explanation is built only when the level changed
        RiskScore now = risk.score(asOf);
        Optional<RecordedLevel> recorded = levels.lock(situationId);
        RiskLevel before = recorded.map(RecordedLevel::level).orElse(RiskLevel.NORMAL);
        Instant at = clock.instant();
        long seq = cache.get(situationId).lastSeq();
        if (before != now.level()) {
            RiskAssessment assessment = risk.assess(asOf);
            levels.save(situationId, new RecordedLevel(now.level(), now.score(), asOf, seq, at));
            journal.append(new JournalEvent("risk.level_changed", at, actor, situationId, "situation:" + situationId,
                    Map.of("from", before.name(), "to", now.level().name(), "score", now.score(), "as_of", asOf.toString(),
                            "reason", assessment.explanation().levelReason(),
                            "drivers", assessment.explanation().drivers().stream().limit(5).map(d -> d.key().id()).toList())));
            for (Listener l : listeners) l.levelChanged(situationId, before, now.level(), assessment, at);
        } else if (recorded.isEmpty() || recorded.get().lastSeq() != seq) {
            levels.save(situationId, new RecordedLevel(now.level(), now.score(), asOf, seq,
                    recorded.map(RecordedLevel::changedAt).orElse(at)));
        }
        return Optional.of(now);
    }

    /** Drops the cached state of a situation (after a confirmation or an import), so the next use recounts. */
    public void forget(String situationId) { cache.remove(situationId); }

    private SituationRisk state(Situation s) {
        synchronized (lockFor(s.id())) {
            long confirmations = suggestions.confirmedCount(s.id());
            Cached cached = cache.get(s.id());
            if (cached == null || cached.confirmations() != confirmations) {
                cached = new Cached(new SituationRisk(s.id(), taxonomy, parameters), 0, confirmations);
            }
            long last = signals.lastSeq(s.id());
            if (last > cached.lastSeq()) {
                // what is read here may be this transaction's own uncommitted signals: forget them if it rolls back
                transactions.onRollback(() -> forget(s.id()));
                SituationArea area = SituationArea.of(s, countries);
                Map<UUID, Set<String>> confirmed = cached.lastSeq() == 0 || confirmations > 0 ? suggestions.confirmed(s.id()) : Map.of();
                SituationRisk risk = cached.risk();
                long[] seen = {cached.lastSeq()};
                signals.forEachSince(s.id(), cached.lastSeq(), (seq, signal) -> {
                    risk.add(area.evidence(signal, IndicatorReview.counting(signal, confirmed)));
                    seen[0] = seq;
                });
                cached = new Cached(risk, seen[0], confirmations);
            }
            cache.put(s.id(), cached);
            return cached.risk();
        }
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Object lockFor(String situation) { return locks.computeIfAbsent(situation, k -> new Object()); }

    /** Signals are added to the engine in arrival order; exposed for tests of incremental = from scratch. */
    public SituationRisk fromScratch(String situationId) {
        Situation s = situations.find(situationId).orElseThrow();
        SituationArea area = SituationArea.of(s, countries);
        Map<UUID, Set<String>> confirmed = suggestions.confirmed(s.id());
        SituationRisk risk = new SituationRisk(s.id(), taxonomy, parameters);
        signals.forEachSince(s.id(), 0, (seq, signal) -> risk.add(area.evidence(signal, IndicatorReview.counting(signal, confirmed))));
        return risk;
    }

}
