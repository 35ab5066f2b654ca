package org.tocsin.web.console;

import org.springframework.stereotype.Component;
import org.tocsin.common.Transactions;
import org.tocsin.fusion.FactorHistory;
import org.tocsin.fusion.FusionService;
import org.tocsin.fusion.RiskAssessment;
import org.tocsin.fusion.RiskTimeline;
import org.tocsin.intake.SignalStore;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;
import org.tocsin.tagging.IndicatorReview;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A situation's risk as the console shows it: the current assessment, the daily history and the factor
 * grid. The history and the grid each replay every signal of the situation, so they are kept until the
 * situation changes: a new signal (its arrival number), a confirmed indicator, or a new day. Reading the
 * overview twice costs two small queries per situation, not two replays.
 */
@Component
class RiskViews {

    /** What the risk depends on; a different version means recompute. */
    private record Version(long lastSeq, long confirmations, LocalDate asOf) {}

    record Risk(Situation situation, RiskAssessment current, RiskTimeline history) {}

    private record Cached<T>(Version version, T value) {}

    private static final int KEPT = 256;

    private final SituationStore situations;
    private final SignalStore signals;
    private final IndicatorReview.Store suggestions;
    private final FusionService fusion;
    private final FactorHistory factors;
    private final Transactions transactions;
    private final Map<String, Cached<Risk>> risks = lru();
    private final Map<String, Cached<FactorHistory.Grid>> grids = lru();

    RiskViews(SituationStore situations, SignalStore signals, IndicatorReview.Store suggestions, FusionService fusion,
              FactorHistory factors, Transactions transactions) {
        this.situations = situations;
        this.signals = signals;
        this.suggestions = suggestions;
        this.fusion = fusion;
        this.factors = factors;
        this.transactions = transactions;
    }

    Optional<Risk> risk(Situation s) {
        Version v = version(s);
        synchronized (risks) {
            Cached<Risk> c = risks.get(s.id());
            if (c != null && c.version().equals(v)) return Optional.of(c.value());
        }
        Optional<Risk> fresh = transactions.inTransaction(tx -> fusion.current(s.id())
                .flatMap(current -> fusion.history(s.id()).map(history -> new Risk(s, current, history))));
        fresh.ifPresent(r -> {
            synchronized (risks) { risks.put(s.id(), new Cached<>(v, r)); }
        });
        return fresh;
    }

    Optional<FactorHistory.Grid> factors(Situation s, LocalDate until) {
        Version v = version(s);
        synchronized (grids) {
            Cached<FactorHistory.Grid> c = grids.get(s.id());
            if (c != null && c.version().equals(v) && lastDay(c.value()).equals(until)) return Optional.of(c.value());
        }
        Optional<FactorHistory.Grid> fresh = transactions.inTransaction(tx -> factors.until(s.id(), until));
        fresh.ifPresent(g -> {
            synchronized (grids) { grids.put(s.id(), new Cached<>(v, g)); }
        });
        return fresh;
    }

    Optional<Situation> situation(String id) { return situations.find(id); }

    private static LocalDate lastDay(FactorHistory.Grid g) {
        return g.columns().isEmpty() ? LocalDate.MIN : g.columns().getLast().to();
    }

    private Version version(Situation s) {
        return new Version(signals.lastSeq(s.id()), suggestions.confirmedCount(s.id()), fusion.asOf(s));
    }

    private static <T> Map<String, T> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) { return size() > KEPT; }
        };
    }
}
