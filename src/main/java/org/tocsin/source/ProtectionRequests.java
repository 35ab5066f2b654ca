package org.tocsin.source;

import org.tocsin.access.Outcome;
import org.tocsin.audit.Journal;
import org.tocsin.common.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Protection requests for sources (M5: the informant of January 1994 was to be left unprotected):
 * tracked obligations with an owner and a deadline. Handlers raise them; the owner or a handler
 * moves them on. Everyone sees that a request exists, its owner, deadline and status; what is to be
 * done and each step's rationale are sealed, readable by the source's handlers and the request's
 * owner. {@link #overdue} is the hook for escalation.
 */
public final class ProtectionRequests {

    private final ProtectionStore requests;
    private final SourceStore sources;
    private final Sealer sealer;
    private final Journal journal;
    private final Transactions transactions;
    private final Clock clock;
    private final RandomGenerator random;

    public ProtectionRequests(ProtectionStore requests, SourceStore sources, Sealer sealer, Journal journal,
                              Transactions transactions, Clock clock, RandomGenerator random) {
        this.requests = requests;
        this.sources = sources;
        this.sealer = sealer;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    public Outcome<ProtectionRequest> request(SourceId id, SourceInput.NewProtection in, String actor) {
        Instant now = clock.instant();
        return transactions.inTransaction(tx -> {
            Optional<Source> source = sources.find(id);
            if (source.isEmpty()) return Outcome.notFound("id", "names no registered source");
            if (!isHandler(id, actor)) return Outcome.forbidden("actor", "is not a handler of this source: only its handlers can request protection");
            if (!in.deadline().isAfter(now)) return Outcome.invalid("deadline", "must be in the future");
            var r = new ProtectionRequest(uuid(), id, in.deadline(), in.owner(), ProtectionStatus.OPEN, actor, now, now, in.situation());
            requests.insert(r);
            sealer.seal(r.sealedRef(), id, new ProtectionDetails(in.what(), List.of()).encode(), now);
            journal.append(SourceEvents.protectionRequested(source.get(), r));
            return Outcome.done(r);
        });
    }

    /** Moves a request on; closing it (done, failed) needs a rationale, which is sealed with the request. */
    public Outcome<ProtectionRequest> progress(SourceId id, UUID requestId, SourceInput.Progress in, String actor) {
        Instant now = clock.instant();
        return transactions.inTransaction(tx -> {
            Optional<Source> source = sources.find(id);
            Optional<ProtectionRequest> found = requests.lock(requestId).filter(r -> r.source().equals(id));
            if (source.isEmpty() || found.isEmpty()) return Outcome.notFound("request", "names no protection request of this source");
            ProtectionRequest r = found.get();
            if (!r.owner().equals(actor) && !isHandler(id, actor)) {
                return Outcome.forbidden("actor", "is neither the request's owner nor a handler of its source");
            }
            Optional<String> refusal = r.status().refuse(in.status());
            if (refusal.isPresent()) return Outcome.conflict("status", refusal.get());
            if (in.rationale() != null) {
                ProtectionDetails details = sealer.open(r.sealedRef(), ProtectionDetails::decode);
                sealer.seal(r.sealedRef(), id, details.with(new ProtectionDetails.Note(in.status(), in.rationale())).encode(), now);
            }
            ProtectionRequest moved = r.moved(in.status(), now);
            ProtectionUpdate update = new ProtectionUpdate(r.status(), in.status(), actor, now);
            requests.update(moved, update);
            journal.append(SourceEvents.protectionUpdated(source.get(), moved, update));
            return Outcome.done(moved);
        });
    }

    public List<ProtectionRequest> list(SourceId id) { return requests.list(id); }

    public Optional<ProtectionRequest> find(SourceId id, UUID requestId) {
        return requests.find(requestId).filter(r -> r.source().equals(id));
    }

    public List<ProtectionUpdate> history(UUID requestId) { return requests.history(requestId); }

    /** The sealed details, for a handler of the source or the request's owner; journaled like any unseal. */
    public Outcome<ProtectionDetails> unseal(SourceId id, UUID requestId, String actor) {
        Instant now = clock.instant();
        record Attempt(Outcome<ProtectionDetails> outcome, SealBroken broken) {}
        List<String> fields = List.of("protection.what", "protection.notes");
        Attempt a = transactions.inTransaction(tx -> {
            Optional<Source> source = sources.find(id);
            Optional<ProtectionRequest> found = find(id, requestId);
            if (source.isEmpty() || found.isEmpty()) {
                return new Attempt(Outcome.notFound("request", "names no protection request of this source"), null);
            }
            ProtectionRequest r = found.get();
            String ref = r.id().toString();
            if (!r.owner().equals(actor) && !isHandler(id, actor)) {
                journal.append(SourceEvents.unsealDenied(source.get(), actor, fields, ref, now));
                return new Attempt(Outcome.forbidden("actor", "is neither the request's owner nor a handler of its source"), null);
            }
            try {
                ProtectionDetails details = sealer.open(r.sealedRef(), ProtectionDetails::decode);
                journal.append(SourceEvents.unsealed(source.get(), actor, fields, ref, now));
                return new Attempt(Outcome.done(details), null);
            } catch (SealBroken e) {
                journal.append(SourceEvents.unsealFailed(source.get(), actor, ref, now));
                return new Attempt(null, e);
            }
        });
        if (a.broken() != null) throw a.broken();
        return a.outcome();
    }

    /**
     * Every open or in-progress request past its deadline at {@code now}, the most overdue first,
     * with the people to notify (owner and the source's active handlers). Nothing sealed. For
     * escalation to poll: a request stays in this list until it is done or failed.
     */
    public List<OverdueProtection> overdue(Instant now) {
        return requests.overdue(now).stream().map(r -> {
            Source s = sources.find(r.source()).orElseThrow();
            List<String> handlers = sources.handlers(r.source()).stream().filter(Handler::active).map(Handler::person).toList();
            return new OverdueProtection(r.id(), r.source(), s.pseudonym(), r.owner(), handlers, r.deadline(), r.status(),
                    r.requestedAt(), r.situation());
        }).toList();
    }

    /** Overdue requests that name a situation and have not raised their alert yet. */
    public List<OverdueProtection> overdueWithoutAlert(Instant now) {
        return overdue(now).stream().filter(o -> o.situation() != null && !requests.alerted(o.request())).toList();
    }

    /** Records the alert an overdue request raised; false when one was recorded already (another instance raced). */
    public boolean markAlerted(UUID request, long alert) { return requests.markAlerted(request, alert); }

    private boolean isHandler(SourceId id, String person) {
        return sources.handlers(id).stream().anyMatch(h -> h.active() && h.person().equals(person));
    }

    /** A random (version 4) UUID from the injected generator. */
    private UUID uuid() {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }
}
