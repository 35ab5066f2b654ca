package org.tocsin.decision;

import org.tocsin.audit.Journal;
import org.tocsin.common.FieldError;
import org.tocsin.common.Transactions;
import org.tocsin.fusion.RiskAssessment;
import org.tocsin.intake.SignalKey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.tocsin.decision.DeterminationEvents.event;

/**
 * Records determinations, opens and closes "determination due" items, and tracks the obligations
 * that follow. Every change is journaled in the same transaction as the change itself.
 *
 * <p>Recording a determination, in one transaction: check the cited signals and any superseded
 * determination; store it (its conclusion computed from its findings); journal
 * {@code determination.recorded}; close every open due item of its type for the situation (any
 * conclusion closes it); open the obligations its type lists for its conclusion (one active item per
 * obligation and situation); and, when the type has a fallback and is not established, open a due
 * item for the fallback (genocide not established: crimes against humanity, persecution and
 * extermination).
 *
 * <p>Reviewing a situation: assess it ({@link Assessments}), ask {@link DuePolicy} which
 * determinations are due, and open an item for each that has none open and that {@link ReopenPolicy}
 * allows, with its deadline, triggering signals and pre-filled elements.
 */
public final class DeterminationService {

    /** The fused assessment of a situation now; called inside a transaction. */
    public interface Assessments {
        Optional<RiskAssessment> current(String situation);

        Assessments NONE = situation -> Optional.empty();
    }

    /** Told of due items opened and closed, inside the transaction that does it (the escalation hook). */
    public interface DueListener {
        default void opened(DeterminationDue due) { }

        default void closed(DeterminationDue due) { }
    }

    /**
     * What recording a determination did.
     *
     * @param closedDue   the due items it closed
     * @param obligations the obligation items it opened, or that were already active and now also rest on it
     * @param fallback    the due item it opened for the fallback type, if any
     */
    public record Recorded(Determination determination, List<DeterminationDue> closedDue, List<ObligationItem> obligations,
                           Optional<DeterminationDue> fallback) {
        public Recorded {
            closedDue = List.copyOf(closedDue);
            obligations = List.copyOf(obligations);
        }
    }

    private final DeterminationCatalogue catalogue;
    private final DuePolicy policy;
    private final DeterminationStore determinations;
    private final DueItems due;
    private final ObligationStore obligations;
    private final Predicate<String> situationExists;
    private final Predicate<SignalKey> signalExists;
    private final Assessments assessments;
    private final Journal journal;
    private final Transactions transactions;
    private final Clock clock;
    private final List<DueListener> listeners = new CopyOnWriteArrayList<>();

    public DeterminationService(DeterminationCatalogue catalogue, DuePolicy policy, DeterminationStore determinations, DueItems due,
                                ObligationStore obligations, Predicate<String> situationExists, Predicate<SignalKey> signalExists,
                                Assessments assessments, Journal journal, Transactions transactions, Clock clock) {
        this.catalogue = catalogue;
        this.policy = policy;
        this.determinations = determinations;
        this.due = due;
        this.obligations = obligations;
        this.situationExists = situationExists;
        this.signalExists = signalExists;
        this.assessments = assessments;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void addListener(DueListener listener) { listeners.add(listener); }

    public DeterminationCatalogue catalogue() { return catalogue; }

    public DuePolicy policy() { return policy; }

    public DueItems dueItems() { return due; }

    // ---- recording -----------------------------------------------------------------------------

    public DecisionOutcome<Recorded> record(String situation, DeterminationDraft draft, String author) {
        return transactions.inTransaction(tx -> {
            if (!situationExists.test(situation)) return DecisionOutcome.notFound("situation", "names no situation known to Tocsin");
            List<FieldError> unknown = DeterminationInput.unknownSignals(draft, signalExists);
            if (!unknown.isEmpty()) return DecisionOutcome.refused(unknown);
            if (draft.coSigners().contains(author)) return DecisionOutcome.refused("co_signers", "names the author, who signs as author");
            if (draft.dissents().stream().anyMatch(d -> d.person().equals(author))) {
                return DecisionOutcome.refused("dissents", "names the author: an author does not dissent from their own determination");
            }
            if (ExclusionTest.check(draft.findings(), draft.alternatives(), catalogue) instanceof ExclusionTest.Verdict.Rejected r) {
                return DecisionOutcome.refused(List.of(r.error()));
            }
            int version = 1;
            if (draft.supersedes() != null) {
                long old = draft.supersedes();
                Optional<Determination> previous = determinations.lock(old).filter(d -> d.situation().equals(situation));
                if (previous.isEmpty()) return DecisionOutcome.notFound("supersedes", "names no determination of this situation");
                if (!previous.get().type().equals(draft.type().id())) {
                    return DecisionOutcome.conflict("supersedes", "names a determination of type " + previous.get().type()
                            + "; a new version keeps the type (" + draft.type().id() + " is a new determination, not a version)");
                }
                Optional<Long> by = determinations.supersededBy(old);
                if (by.isPresent()) {
                    return DecisionOutcome.conflict("supersedes", "determination " + old + " is already superseded by determination "
                            + by.get() + ": supersede the latest version");
                }
                version = previous.get().version() + 1;
            }
            Instant now = clock.instant();
            Determination d = determinations.insert(draft.toDetermination(situation, author, version, now, catalogue.version()));
            ConclusionRule.Judgement j = d.judgement();
            journal.append(event(DeterminationEvents.DETERMINATION_RECORDED, d.occurredAt(), author, situation, d.subject(),
                    "type", d.type(), "question", d.question().wire(), "conclusion", j.conclusion().wire(),
                    "standard", d.standard().id(), "carried_at", j.carriedAt().map(StandardOfProof::id).orElse(null),
                    "version", d.version(), "supersedes", d.supersedes(),
                    "established", d.findings().stream().filter(f -> f.status() == ElementStatus.ESTABLISHED).map(ElementFinding::element).toList(),
                    "unaddressed", j.unaddressed(), "not_established", j.notEstablished(), "insufficient", j.insufficient(),
                    "co_signers", d.coSigners(), "dissents", d.dissents().stream().map(Dissent::person).toList(),
                    "catalogue_version", d.catalogueVersion(), "content_hash", d.contentHash()));

            List<DeterminationDue> closed = due.close(situation, d.type(), d.id(), now);
            for (DeterminationDue c : closed) {
                journal.append(event(DeterminationEvents.DUE_CLOSED, now, author, situation, c.subject(),
                        "type", c.type(), "determination", d.id(), "conclusion", j.conclusion().wire(),
                        "deadline", c.deadline().toString(), "overdue", c.deadline().isBefore(now)));
                listeners.forEach(l -> l.closed(c));
            }
            List<ObligationItem> opened = openObligations(d, j.conclusion(), author, now);
            Optional<DeterminationDue> fallback = fallback(d, j.conclusion(), author, now);
            return DecisionOutcome.done(new Recorded(d, closed, opened, fallback));
        });
    }

    private List<ObligationItem> openObligations(Determination d, Conclusion conclusion, String author, Instant now) {
        DeterminationType type = catalogue.type(d.type()).orElseThrow();
        List<ObligationItem> out = new ArrayList<>();
        for (String oid : type.obligationsOn(conclusion)) {
            ObligationDefinition def = catalogue.obligation(oid).orElseThrow();
            Optional<ObligationItem> inserted = obligations.insertIfNoneActive(ObligationItem.open(d.situation(), def, d.id(), now));
            if (inserted.isPresent()) {
                ObligationItem item = inserted.get();
                journal.append(event(DeterminationEvents.OBLIGATION_OPENED, now, author, d.situation(), item.subject(),
                        "obligation", item.obligation(), "kind", item.kind().wire(), "owner", item.owner(),
                        "due_at", item.dueAt().toString(), "determination", d.id()));
                out.add(item);
            } else {
                Optional<ObligationItem> active = obligations.lockActive(d.situation(), oid);
                if (active.isEmpty()) continue; // closed meanwhile by another transaction: nothing to attach to
                ObligationItem item = active.get().alsoOpenedBy(d.id());
                obligations.update(item);
                journal.append(event(DeterminationEvents.OBLIGATION_UPDATED, now, author, d.situation(), item.subject(),
                        "obligation", item.obligation(), "also_opened_by", d.id(), "status", item.state().wire()));
                out.add(item);
            }
        }
        return out;
    }

    private Optional<DeterminationDue> fallback(Determination d, Conclusion conclusion, String actor, Instant now) {
        DeterminationType type = catalogue.type(d.type()).orElseThrow();
        if (conclusion == Conclusion.ESTABLISHED || type.fallbackType().isEmpty()) return Optional.empty();
        DeterminationType.Fallback f = type.fallbackType().get();
        DeterminationType target = catalogue.type(f.type()).orElseThrow();
        if (due.openItem(d.situation(), target.id()).isPresent()) return Optional.empty();
        Optional<RiskAssessment> a = assessments.current(d.situation());
        Prefill prefill = a.map(x -> PrefillPolicy.prefill(target, x.explanation(), catalogue))
                .orElseGet(() -> Prefill.empty(target.id(), target.elementIds()));
        String reason = f.reason() + " Determination " + d.id() + " concluded " + conclusion.wire() + "; evaluate first: "
                + String.join(", ", f.elements()) + ".";
        DeterminationDue item = new DeterminationDue(0, d.situation(), target.id(), "fallback of determination " + d.id(), reason,
                a.map(RiskAssessment::at).orElse(LocalDate.ofInstant(now, ZoneOffset.UTC)), a.map(RiskAssessment::level).orElse(null),
                List.of(), prefill, now, now.plus(policy.parameters().deadlineFor(target.id())), new DeterminationDue.State.Open());
        Optional<DeterminationDue> stored = due.open(item);
        stored.ifPresent(s -> announce(s, actor));
        return stored;
    }

    // ---- prompting -----------------------------------------------------------------------------

    /**
     * Opens the due items the situation's current assessment calls for. Joins the caller's transaction
     * (an intake listener calls it in the signal's). Returns the items opened.
     */
    public List<DeterminationDue> review(String situation, String actor) {
        return transactions.inTransaction(tx -> {
            Optional<RiskAssessment> assessment = assessments.current(situation);
            if (assessment.isEmpty()) return List.<DeterminationDue>of();
            return open(situation, assessment.get(), actor);
        });
    }

    /** As {@link #review}, from a given assessment (a replay, a test). */
    public List<DeterminationDue> open(String situation, RiskAssessment assessment, String actor) {
        return transactions.inTransaction(tx -> {
            Instant now = clock.instant();
            List<DeterminationDue> opened = new ArrayList<>();
            for (DuePolicy.Prompt.Due p : policy.due(assessment)) {
                DeterminationType type = catalogue.type(p.type()).orElseThrow();
                if (due.openItem(situation, type.id()).isPresent()) continue;
                Optional<Determination> latest = determinations.latest(situation, type.id());
                List<DeterminationDue> closedByLatest = latest.map(d -> due.list(situation).stream()
                        .filter(i -> i.state() instanceof DeterminationDue.State.Closed c && c.determination() == d.id()).toList())
                        .orElse(List.of());
                if (ReopenPolicy.check(p, latest, closedByLatest) instanceof ReopenPolicy.Verdict.Hold) continue;
                DeterminationDue item = new DeterminationDue(0, situation, type.id(), p.rule(), p.reason(), assessment.at(),
                        assessment.level(), p.evidence(), PrefillPolicy.prefill(type, assessment.explanation(), catalogue),
                        now, now.plus(p.within()), new DeterminationDue.State.Open());
                due.open(item).ifPresent(o -> {
                    announce(o, actor);
                    opened.add(o);
                });
            }
            return opened;
        });
    }

    private void announce(DeterminationDue o, String actor) {
        journal.append(event(DeterminationEvents.DUE_OPENED, o.openedAt(), actor, o.situation(), o.subject(),
                "type", o.type(), "rule", o.rule(), "as_of", o.asOf().toString(), "level", o.level() == null ? null : o.level().name(),
                "deadline", o.deadline().toString(), "signals", o.evidence().stream().map(t -> t.key().id()).toList(),
                "prefilled", o.prefill().prefilled()));
        listeners.forEach(l -> l.opened(o));
    }

    // ---- obligations ---------------------------------------------------------------------------

    public DecisionOutcome<ObligationItem> progress(String situation, long obligationId, ObligationProgress step, String author) {
        return transactions.inTransaction(tx -> {
            Optional<ObligationItem> found = obligations.lock(obligationId).filter(o -> o.situation().equals(situation));
            if (found.isEmpty()) return DecisionOutcome.notFound("obligation", "names no obligation of this situation");
            ObligationItem item = found.get();
            return switch (item.step(step.step())) {
                case ObligationState.Transition.Refused r -> DecisionOutcome.<ObligationItem>conflict("status", r.reason());
                case ObligationState.Transition.Moved m -> {
                    Instant now = clock.instant();
                    ObligationUpdate update = new ObligationUpdate(item.state().wire(), m.next().wire(), step.rationale(), author,
                            step.owner() == null ? item.owner() : step.owner(), step.occurredAt() == null ? now : step.occurredAt(), now);
                    ObligationItem updated = item.after(m.next(), update);
                    obligations.update(updated);
                    journal.append(event(DeterminationEvents.OBLIGATION_UPDATED, update.occurredAt(), author, situation, updated.subject(),
                            "obligation", updated.obligation(), "from", update.from(), "to", update.to(),
                            "owner", update.owner(), "rationale", update.rationale()));
                    yield DecisionOutcome.done(updated);
                }
            };
        });
    }

    // ---- reading -------------------------------------------------------------------------------

    public boolean situationExists(String situation) { return situationExists.test(situation); }

    public List<Determination> determinations(String situation) { return determinations.list(situation); }

    public Optional<Determination> determination(String situation, long id) {
        return determinations.find(id).filter(d -> d.situation().equals(situation));
    }

    public Optional<Long> supersededBy(long id) { return determinations.supersededBy(id); }

    public List<DeterminationDue> dueItems(String situation) { return due.list(situation); }

    public List<ObligationItem> obligations(String situation) { return obligations.list(situation); }

    /** The obligation items a determination opened or rests on. */
    public List<ObligationItem> obligationsOf(Determination d) {
        return obligations.list(d.situation()).stream().filter(o -> o.determinations().contains(d.id())).toList();
    }
}
