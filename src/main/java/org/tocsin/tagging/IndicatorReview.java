package org.tocsin.tagging;

import org.tocsin.audit.Journal;
import org.tocsin.audit.JournalEvent;
import org.tocsin.common.Transactions;
import org.tocsin.intake.Signal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Suggestions from text are only suggestions: they are stored beside the signal, and an analyst
 * confirms or rejects each one (who, when, journaled). Only confirmed codes — and the codes the
 * submitter or case file supplied — count in fusion.
 */
public final class IndicatorReview {

    /** A stored suggestion and what became of it. */
    public record Stored(UUID signal, String situation, Suggestion suggestion, Status status, String decidedBy,
                         java.time.Instant suggestedAt, java.time.Instant decidedAt) {}

    public enum Status { SUGGESTED, CONFIRMED, REJECTED }

    /** The outcome of a confirmation or rejection. */
    public sealed interface Decided {
        record Done(Stored suggestion) implements Decided {}

        record NoSuchSuggestion(UUID signal, String code) implements Decided {}

        /** Already decided: a decision is not silently reversed. */
        record AlreadyDecided(Stored suggestion) implements Decided {}
    }

    /** Where suggestions are kept. */
    public interface Store {
        void insertNew(UUID signal, String situation, List<Suggestion> suggestions, java.time.Instant at);

        List<Stored> forSignal(UUID signal);

        Optional<Stored> find(UUID signal, String code);

        boolean decide(UUID signal, String code, Status status, String by, java.time.Instant at);

        /** Confirmed codes per signal uid for a situation. */
        Map<UUID, Set<String>> confirmed(String situation);

        /** How many confirmations a situation has: a change means fusion must recount. */
        long confirmedCount(String situation);
    }

    private final Tagger tagger;
    private final Store store;
    private final Transactions transactions;
    private final Journal journal;
    private final Clock clock;
    private final List<Consumer<String>> onConfirmed = new ArrayList<>();
    /** The journal subject of a signal ({@code signal:<situation>/<id>}), so who-knew joins it with its receipt. */
    private java.util.function.Function<UUID, String> subjects = uid -> "signal-uid:" + uid;

    public void subjects(java.util.function.Function<UUID, String> subjectOfSignal) { this.subjects = subjectOfSignal; }

    public IndicatorReview(Tagger tagger, Store store, Transactions transactions, Journal journal, Clock clock) {
        this.tagger = tagger;
        this.store = store;
        this.transactions = transactions;
        this.journal = journal;
        this.clock = clock;
    }

    /** Told (with the situation id) after a confirmation changes which codes count. */
    public void onConfirmed(Consumer<String> listener) { onConfirmed.add(listener); }

    public List<Suggestion> suggest(String text) { return tagger.suggest(text); }

    /** Suggests for a newly accepted signal, leaving out codes it already carries. Call inside its transaction. */
    public void suggestFor(Signal signal) {
        List<Suggestion> fresh = tagger.suggest(signal.summary()).stream()
                .filter(s -> !signal.indicators().contains(s.code())).toList();
        if (!fresh.isEmpty()) store.insertNew(signal.key().uuid(), signal.key().situation(), fresh, clock.instant());
    }

    public List<Stored> suggestionsFor(UUID signal) { return store.forSignal(signal); }

    public Decided confirm(UUID signal, String code, String analyst) { return decide(signal, code, Status.CONFIRMED, analyst); }

    public Decided reject(UUID signal, String code, String analyst) { return decide(signal, code, Status.REJECTED, analyst); }

    private Decided decide(UUID signal, String code, Status status, String analyst) {
        Decided result = transactions.inTransaction(tx -> {
            Optional<Stored> found = store.find(signal, code);
            if (found.isEmpty()) return new Decided.NoSuchSuggestion(signal, code);
            if (found.get().status() != Status.SUGGESTED) return new Decided.AlreadyDecided(found.get());
            var now = clock.instant();
            store.decide(signal, code, status, analyst, now);
            Stored s = found.get();
            journal.append(new JournalEvent(status == Status.CONFIRMED ? "indicator.confirmed" : "indicator.rejected",
                    now, analyst, s.situation(), subjects.apply(signal),
                    Map.of("code", code, "rule", s.suggestion().ruleId(), "confidence", s.suggestion().confidence())));
            return new Decided.Done(store.find(signal, code).orElseThrow());
        });
        if (result instanceof Decided.Done d && status == Status.CONFIRMED) onConfirmed.forEach(l -> l.accept(d.suggestion().situation()));
        return result;
    }

    /** The codes that count for fusion: those supplied with the signal plus confirmed suggestions. */
    public static Set<String> counting(Signal signal, Map<UUID, Set<String>> confirmed) {
        Set<String> extra = confirmed.get(signal.key().uuid());
        if (extra == null || extra.isEmpty()) return Set.copyOf(signal.indicators());
        Set<String> all = new java.util.TreeSet<>(signal.indicators());
        all.addAll(extra);
        return all;
    }
}
