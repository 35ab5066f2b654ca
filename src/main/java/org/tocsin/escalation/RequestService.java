package org.tocsin.escalation;

import org.tocsin.access.DirectoryView;
import org.tocsin.access.Outcome;
import org.tocsin.common.Transactions;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Signal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.tocsin.escalation.EscalationEvent.*;
import static org.tocsin.escalation.Events.details;

/**
 * The register of requests for action and their decisions (M3). A refusal records its ground; a
 * refusal on the ground {@code outside_mandate} is a mandate gap and opens, in the same transaction,
 * an alert to every member of the body that mandates the mission, with the request, its evidence and
 * the refusal attached.
 */
public final class RequestService {

    public sealed interface OnSignal {
        record Registered(ActionRequest request) implements OnSignal {}

        record Decided(Decision decision) implements OnSignal {}

        record Ignored(String reason) implements OnSignal {}
    }

    /** A decision recorded on a request, and the mandate-gap alert it opened, if it did. */
    public record Decision(ActionRequest request, RequestDecision decision, Optional<Alert> mandateGap) {}

    private final Transactions transactions;
    private final RequestStore requests;
    private final AlertService alerts;
    private final SituationRules rules;
    private final DirectoryView directory;
    private final EvidenceSet.Lookup signals;
    private final Events events;
    private final EventHistory history;
    private final Clock clock;

    public RequestService(Transactions transactions, RequestStore requests, AlertService alerts, SituationRules rules,
                          DirectoryView directory, EvidenceSet.Lookup signals, Events events, EventHistory history, Clock clock) {
        this.transactions = transactions;
        this.requests = requests;
        this.alerts = alerts;
        this.rules = rules;
        this.directory = directory;
        this.signals = signals;
        this.events = events;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Registers the request a signal carries, or records the decision it carries on a registered
     * request (intake calls this for every accepted signal). Runs in the caller's transaction.
     */
    public OnSignal onSignal(Signal s) {
        String situation = s.key().situation();
        Instant at = s.receipt().recordedAt();
        return transactions.inTransaction(tx -> {
            var ctx = rules.context(situation, at);
            if (ctx.isEmpty()) return new OnSignal.Ignored("unknown situation " + situation);
            if (s.isRequest()) {
                List<Signal> ev = new ArrayList<>(List.of(s));
                for (String r : s.relays()) signals.find(situation, r).ifPresent(ev::add);
                ActionRequest draft = SignalRequests.request(s, EvidenceSet.of(ev, List.of(), ctx.get().details().actors()), at);
                return requests.insert(draft).<OnSignal>map(r -> {
                    registered(r, "signal:" + s.key().id(), r.requestedAt());
                    return new OnSignal.Registered(r);
                }).orElseGet(() -> new OnSignal.Ignored("request " + s.key() + " is already registered"));
            }
            var decision = SignalRequests.decision(s);
            if (decision.isEmpty()) return new OnSignal.Ignored("neither a request nor a decision on one");
            ActionRequest request = requests.lockBySignal(situation, s.decision().respondsTo()).orElse(null);
            if (request == null) return new OnSignal.Ignored("responds to " + s.decision().respondsTo() + ", which is not a registered request");
            if (request.decisions().stream().anyMatch(d -> s.key().id().equals(d.signal()))) {
                return new OnSignal.Ignored("decision " + s.key() + " is already recorded");
            }
            EvidenceSet ev = EvidenceSet.of(List.of(s), List.of(), ctx.get().details().actors());
            return new OnSignal.Decided(apply(ctx.get(), request, decision.get(), ev, s.source(), at));
        });
    }

    public Outcome<ActionRequest> register(RequestInput.NewRequest in, String by, Instant at) {
        return transactions.inTransaction(tx -> {
            if (directory.person(by).isEmpty()) return Outcome.notFound("actor", "names no known person");
            var ctx = rules.context(in.situation(), at);
            if (ctx.isEmpty()) return Outcome.notFound("situation", "names no situation known to Tocsin");
            EvidenceSet ev = EvidenceSet.of(in.situation(), in.evidence(), signals, ctx.get().details().actors());
            if (!ev.missing().isEmpty()) return Outcome.notFound("evidence", "names signals this situation does not have: " + ev.missing());
            ActionRequest draft = new ActionRequest(0, in.situation(), null, in.action(),
                    in.requestedBy() == null ? by : in.requestedBy(), at, in.wantedBy(), ev.ids(), ev.implicatedList(), List.of(), at);
            ActionRequest r = requests.insert(draft).orElseThrow();
            registered(r, by, at);
            return Outcome.done(r);
        });
    }

    /** Records a decision on a request; it may be decided again later. */
    public Outcome<Decision> decide(long id, RequestInput.Decision in, String by, Instant at) {
        return transactions.inTransaction(tx -> {
            if (directory.person(by).isEmpty()) return Outcome.notFound("actor", "names no known person");
            ActionRequest r = requests.lock(id).orElse(null);
            if (r == null) return Outcome.notFound("request", "names no known request");
            var ctx = rules.context(r.situation(), at).orElseThrow();
            Tlp label = in.label() == null ? Tlp.AMBER : in.label();
            RequestDecision d = new RequestDecision(UUID.randomUUID().toString(), in.outcome(), in.ground(), in.rationale(), by, at,
                    in.newDeadline(), null, in.marking(), label);
            return Outcome.done(apply(ctx, r, d, EvidenceSet.of(List.of(), List.of(), ctx.details().actors()), by, at));
        });
    }

    public Optional<ActionRequest> find(long id) { return requests.find(id); }

    public List<ActionRequest> list(String situation) { return requests.list(situation); }

    public List<EscalationEvent> history(long id) { return history.of("request:" + id); }

    public Clock clock() { return clock; }

    private void registered(ActionRequest r, String actor, Instant occurredAt) {
        events.record(REQUEST_REGISTERED, occurredAt, actor, r.situation(), r.subject(), details("action", r.action(),
                "requested_by", r.requestedBy(), "wanted_by", r.wantedBy() == null ? null : r.wantedBy().toString(),
                "evidence", r.evidence(), "signal", r.signal()));
    }

    private Decision apply(SituationRules.Context ctx, ActionRequest request, RequestDecision d, EvidenceSet decisionEvidence,
                           String actor, Instant at) {
        ActionRequest next = request.decided(d);
        requests.update(next);
        events.record(REQUEST_DECIDED, d.decidedAt(), actor, next.situation(), next.subject(), details("outcome", d.outcome().wire(),
                "ground", d.ground(), "rationale", d.rationale(), "author", d.author(), "signal", d.signal(), "marking", d.marking(),
                "label", d.label().wire(), "new_deadline", d.newDeadline() == null ? null : d.newDeadline().toString(),
                "previous_status", request.status().wire(), "status", next.status().wire()));
        return switch (MandateGapPolicy.check(next, d, ctx.details().mandates())) {
            case MandateGapPolicy.Verdict.NoGap n -> new Decision(next, d, Optional.empty());
            case MandateGapPolicy.Verdict.Gap gap -> {
                Set<String> evidence = new LinkedHashSet<>(next.evidence());
                if (next.signal() != null) evidence.add(next.signal());
                if (d.signal() != null) evidence.add(d.signal());
                Set<String> implicated = new LinkedHashSet<>(next.implicated());
                implicated.addAll(decisionEvidence.implicated());
                Alert alert = alerts.raiseMandateGap(ctx, next, d, gap, List.copyOf(evidence), implicated, d.label(), at);
                var members = directory.group(gap.body()).map(g -> g.members()).orElse(List.of());
                events.record(MANDATE_GAP_OPENED, at, "system:mandate-gap", next.situation(), next.subject(), details(
                        "alert", alert.id(), "mandating_body", gap.body(), "chapter", gap.mandate().chapter(),
                        "mandate_by", gap.mandate().by(), "recipients", members, "refusal", d.id(), "refused_by", d.author()));
                yield new Decision(next, d, Optional.of(alert));
            }
        };
    }
}
