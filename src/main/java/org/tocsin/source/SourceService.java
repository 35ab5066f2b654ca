package org.tocsin.source;

import org.tocsin.access.Outcome;
import org.tocsin.audit.Journal;
import org.tocsin.common.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The source registry (M5): registers sources with their sealed identity, keeps their handlers and
 * their reliability record, and unseals for handlers only. Every change and every unseal — granted,
 * denied or failed — is journaled in the transaction that makes it, so an unseal whose journal
 * entry cannot be written discloses nothing.
 *
 * <p>Who is acting is taken on trust from the caller until authentication exists: see
 * {@code docs/security.md}.
 */
public final class SourceService {

    private final SourceStore sources;
    private final Sealer sealer;
    private final Journal journal;
    private final Transactions transactions;
    private final Clock clock;
    private final RandomGenerator random;

    public SourceService(SourceStore sources, Sealer sealer, Journal journal, Transactions transactions, Clock clock,
                         RandomGenerator random) {
        this.sources = sources;
        this.sealer = sealer;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    /** A source as a handler sees it once unsealed; {@code toString()} withholds the values. */
    public record Unsealed(Source source, SealedFields fields) {}

    /** What everyone may see of a source, and whether the person asking is one of its handlers. */
    public record View(Source source, List<Handler> handlers, boolean askerIsHandler, ReliabilityRecord reliability) {
        public long activeHandlers() { return handlers.stream().filter(Handler::active).count(); }
    }

    public Outcome<Source> register(SourceInput.Registration in, String actor) {
        Instant now = clock.instant();
        List<String> handlers = in.handlers().isEmpty() ? List.of(actor) : in.handlers();
        return transactions.inTransaction(tx -> {
            if (sources.find(in.id()).isPresent()) return Outcome.conflict("id", "is already registered");
            Source source = insertWithFreshPseudonym(in, actor, now);
            byte[] plain = in.sealed().encode();
            sealer.seal(in.id().sealedRef(), in.id(), plain, now);
            journal.append(SourceEvents.registered(source));
            sources.changeGrade(in.id(), new GradeChange(null, in.reliability(), actor, now, "registered"));
            for (String h : handlers) {
                sources.assignHandler(in.id(), h, actor, now);
                journal.append(SourceEvents.handlerAssigned(source, h, actor, now));
            }
            return Outcome.done(source);
        });
    }

    private Source insertWithFreshPseudonym(SourceInput.Registration in, String actor, Instant now) {
        for (int attempt = 0; attempt < 8; attempt++) {
            Source s = new Source(in.id(), Pseudonym.random(random), in.type(), in.reliability(), actor, now);
            if (sources.insert(s)) return s;
            // taken by a concurrent registration of the same id, or a pseudonym collision: find out which
            if (sources.find(in.id()).isPresent()) throw new IllegalStateException("source registered concurrently");
        }
        throw new IllegalStateException("no free pseudonym after 8 draws");
    }

    public Optional<Source> find(SourceId id) { return sources.find(id); }

    public List<Source> list() { return sources.list(); }

    /** The public view; {@code asker} may be null (nobody named), which makes nobody a handler. */
    public Optional<View> view(SourceId id, String asker) {
        return sources.find(id).map(s -> {
            List<Handler> handlers = sources.handlers(id);
            return new View(s, handlers, isHandler(handlers, asker), reliability(s));
        });
    }

    public boolean isHandler(SourceId id, String person) {
        return person != null && isHandler(sources.handlers(id), person);
    }

    private static boolean isHandler(List<Handler> handlers, String person) {
        return person != null && handlers.stream().anyMatch(h -> h.active() && h.person().equals(person));
    }

    private ReliabilityRecord reliability(Source s) {
        var outcomes = sources.outcomes(s.id());
        return new ReliabilityRecord(s.reliability(), sources.reportsByCredibility(s.id()),
                outcomes.getOrDefault(ReportOutcome.CONFIRMED, 0L), outcomes.getOrDefault(ReportOutcome.REFUTED, 0L),
                sources.gradeChanges(s.id()));
    }

    /**
     * Unseals a source's fields for one of its handlers. A person who is not a handler gets
     * {@code Forbidden}, journaled as {@code source.unseal_denied}. A record that cannot be opened
     * is journaled as {@code source.unseal_failed} and then thrown as {@link SealBroken}.
     */
    public Outcome<Unsealed> unseal(SourceId id, String actor) { return unseal(id, actor, null); }

    /**
     * The same, with the reason the handler gave for revealing the identity (the console asks for
     * one): it is journaled with the {@code source.unsealed} entry, in clear and for good, so it must
     * not itself identify the source. Null when none was given (the API).
     */
    public Outcome<Unsealed> unseal(SourceId id, String actor, String reason) {
        Instant now = clock.instant();
        record Attempt(Outcome<Unsealed> outcome, SealBroken broken) {}
        Attempt a = transactions.inTransaction(tx -> {
            Optional<Source> found = sources.find(id);
            if (found.isEmpty()) return new Attempt(Outcome.notFound("id", "names no registered source"), null);
            Source s = found.get();
            List<String> all = Arrays.stream(SealedField.values()).map(SealedField::wire).toList();
            if (!isHandler(id, actor)) {
                journal.append(SourceEvents.unsealDenied(s, actor, all, null, now));
                return new Attempt(Outcome.forbidden("actor", "is not a handler of this source: only its handlers can unseal it"), null);
            }
            try {
                SealedFields fields = sealer.open(id.sealedRef(), SealedFields::decode);
                journal.append(SourceEvents.unsealed(s, actor, fields.present(), null, reason, now));
                return new Attempt(Outcome.done(new Unsealed(s, fields)), null);
            } catch (SealBroken e) {
                journal.append(SourceEvents.unsealFailed(s, actor, null, now));
                return new Attempt(null, e);
            }
        });
        if (a.broken() != null) throw a.broken();
        return a.outcome();
    }

    /** An active handler assigns another person as handler. */
    public Outcome<List<Handler>> assignHandler(SourceId id, String person, String actor) {
        Instant now = clock.instant();
        return transactions.inTransaction(tx -> {
            Optional<Source> found = sources.lock(id);
            if (found.isEmpty()) return Outcome.notFound("id", "names no registered source");
            List<Handler> handlers = sources.handlers(id);
            if (!isHandler(handlers, actor)) return Outcome.forbidden("actor", "is not a handler of this source: only its handlers can assign another");
            if (isHandler(handlers, person)) return Outcome.conflict("person", "is already a handler of this source");
            sources.assignHandler(id, person, actor, now);
            journal.append(SourceEvents.handlerAssigned(found.get(), person, actor, now));
            return Outcome.done(sources.handlers(id));
        });
    }

    /** An active handler revokes a handler (possibly themself); the last one cannot be revoked. */
    public Outcome<List<Handler>> revokeHandler(SourceId id, String person, String actor) {
        Instant now = clock.instant();
        return transactions.inTransaction(tx -> {
            Optional<Source> found = sources.lock(id);
            if (found.isEmpty()) return Outcome.notFound("id", "names no registered source");
            List<Handler> handlers = sources.handlers(id);
            if (!isHandler(handlers, actor)) return Outcome.forbidden("actor", "is not a handler of this source: only its handlers can revoke one");
            if (!isHandler(handlers, person)) return Outcome.notFound("person", "is not an active handler of this source");
            if (handlers.stream().filter(Handler::active).count() == 1) {
                return Outcome.conflict("person", "is the last handler: assign another before revoking, or nobody could unseal this source");
            }
            sources.revokeHandler(id, person, actor, now);
            journal.append(SourceEvents.handlerRevoked(found.get(), person, actor, now));
            return Outcome.done(sources.handlers(id));
        });
    }

    /** Regrades a source (an analyst's call, with a rationale); the history keeps every grade. */
    public Outcome<ReliabilityRecord> changeReliability(SourceId id, SourceInput.Grade in, String actor) {
        Instant now = clock.instant();
        return transactions.inTransaction(tx -> {
            Optional<Source> found = sources.lock(id);
            if (found.isEmpty()) return Outcome.notFound("id", "names no registered source");
            Source s = found.get();
            if (s.reliability() == in.reliability()) return Outcome.conflict("reliability", "is already the source's grade");
            GradeChange change = new GradeChange(s.reliability(), in.reliability(), actor, now, in.rationale());
            sources.changeGrade(id, change);
            journal.append(SourceEvents.reliabilityChanged(s, change));
            return Outcome.done(reliability(s.withReliability(in.reliability())));
        });
    }

    /** Records that one of the source's reports was later confirmed or refuted; the latest assessment counts. */
    public Outcome<ReliabilityRecord> assessReport(SourceId id, SourceInput.Assessment in, String actor) {
        Instant now = clock.instant();
        return transactions.inTransaction(tx -> {
            Optional<Source> found = sources.find(id);
            if (found.isEmpty()) return Outcome.notFound("id", "names no registered source");
            if (!sources.isReportOf(id, in.situation(), in.signal())) {
                return Outcome.notFound("signal", "names no signal of this source in that situation");
            }
            sources.recordOutcome(id, in.situation(), in.signal(), in.outcome(), actor, now, in.rationale());
            journal.append(SourceEvents.reportAssessed(found.get(), in.situation(), in.signal(), in.outcome(), actor, now));
            return Outcome.done(reliability(found.get()));
        });
    }
}
