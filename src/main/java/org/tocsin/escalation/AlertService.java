package org.tocsin.escalation;

import org.tocsin.access.DirectoryView;
import org.tocsin.access.Outcome;
import org.tocsin.access.Person;
import org.tocsin.common.Transactions;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Signal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.tocsin.escalation.EscalationEvent.*;
import static org.tocsin.escalation.Events.details;

/**
 * Alerts, from raising to decision, in explicit steps: each command locks the alert, asks the
 * lifecycle for the transition, stores the new alert, records the event (history and journal),
 * delivers what must be delivered (outbox) and schedules deadlines — all in one transaction, so a
 * change, its journal entry and its notifications commit or roll back together.
 */
public final class AlertService {

    public sealed interface Raise {
        record Raised(Alert alert) implements Raise {}

        record NotRaised(String reason) implements Raise {}
    }

    /** An alert with everything the API shows about it. */
    public record AlertView(Alert alert, String levelName, List<EscalationEvent> history, List<Delivery> deliveries,
                            List<Deadline> deadlines) {}

    private final Transactions transactions;
    private final AlertStore alerts;
    private final DeadlineStore deadlines;
    private final DeliveryStore deliveries;
    private final Dispatcher dispatcher;
    private final SituationRules rules;
    private final DirectoryView directory;
    private final EvidenceSet.Lookup signals;
    private final Events events;
    private final EventHistory history;
    private final Clock clock;
    private final Tlp defaultLabel;

    public AlertService(Transactions transactions, AlertStore alerts, DeadlineStore deadlines, DeliveryStore deliveries,
                        Dispatcher dispatcher, SituationRules rules, DirectoryView directory, EvidenceSet.Lookup signals,
                        Events events, EventHistory history, Clock clock, Tlp defaultLabel) {
        this.transactions = transactions;
        this.alerts = alerts;
        this.deadlines = deadlines;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.rules = rules;
        this.directory = directory;
        this.signals = signals;
        this.events = events;
        this.history = history;
        this.clock = clock;
        this.defaultLabel = defaultLabel;
    }

    // ---- raising ---------------------------------------------------------------------------------

    /**
     * Raises an alert when a situation's risk level rises (fusion calls this). Level names are the
     * risk levels' (normal, elevated, high, critical, emergency), in any case. Not raised when the
     * level did not rise, rose only to normal, or an open level alert of at least that severity exists.
     */
    public Raise raiseForLevelChange(String situation, String from, String to, List<String> evidenceKeys,
                                     String explanationText, Instant occurredAt) {
        int fromRank = Severity.rank(from);
        int toRank = Severity.rank(to);
        if (fromRank < 0) return new Raise.NotRaised("unknown level " + from);
        if (toRank < 0) return new Raise.NotRaised("unknown level " + to);
        if (toRank <= fromRank) return new Raise.NotRaised("the level did not rise (" + from + " to " + to + ")");
        Severity severity = Severity.parse(to).orElseThrow();
        return transactions.inTransaction(tx -> {
            var ctx = rules.context(situation, occurredAt);
            if (ctx.isEmpty()) return new Raise.NotRaised("unknown situation " + situation);
            Optional<Alert> open = alerts.list(situation, true).stream()
                    .filter(a -> a.kind() == Alert.Kind.LEVEL_CHANGE && a.severity().compareTo(severity) >= 0).findFirst();
            if (open.isPresent()) return new Raise.NotRaised("alert " + open.get().id() + " is already open at " + open.get().severity().wire());
            EvidenceSet ev = EvidenceSet.of(situation, evidenceKeys, signals, ctx.get().details().actors());
            String explanation = "Risk level rose from " + from.toLowerCase() + " to " + to.toLowerCase() + ". "
                    + (explanationText == null ? "" : explanationText);
            Alert draft = Alert.raise(situation, Alert.Kind.LEVEL_CHANGE, severity, ev.ids().isEmpty() ? evidenceKeys : ev.ids(),
                    explanation, ev.implicatedList(), "fusion", 0, LabelPolicy.narrowest(defaultLabel, ev.narrowest()),
                    ev.marking(), List.of(), null, occurredAt);
            return new Raise.Raised(open(ctx.get(), draft, occurredAt, "fusion"));
        });
    }

    /** Raises a CRITICAL alert for a signal its submitter flagged as critical (intake calls this); once per signal. */
    public Raise raiseForCriticalSignal(Signal signal) {
        if (!signal.critical()) return new Raise.NotRaised("the signal is not flagged critical");
        String situation = signal.key().situation();
        Instant at = signal.receipt().recordedAt();
        return transactions.inTransaction(tx -> {
            var ctx = rules.context(situation, at);
            if (ctx.isEmpty()) return new Raise.NotRaised("unknown situation " + situation);
            boolean exists = alerts.list(situation, false).stream()
                    .anyMatch(a -> a.kind() == Alert.Kind.CRITICAL_SIGNAL && a.evidence().contains(signal.key().id()));
            if (exists) return new Raise.NotRaised("an alert for signal " + signal.key() + " exists");
            List<Signal> evidence = new ArrayList<>(List.of(signal));
            for (String r : signal.relays()) signals.find(situation, r).ifPresent(evidence::add);
            EvidenceSet ev = EvidenceSet.of(evidence, List.of(), ctx.get().details().actors());
            Alert draft = Alert.raise(situation, Alert.Kind.CRITICAL_SIGNAL, Severity.CRITICAL, ev.ids(),
                    "Flagged critical by its submitter (" + signal.receipt().submittedBy() + "): " + signal.summary(),
                    ev.implicatedList(), signal.receipt().submittedBy(), 0, ev.narrowest(), signal.marking(), List.of(), null, at);
            return new Raise.Raised(open(ctx.get(), draft, at, signal.receipt().submittedBy()));
        });
    }

    /**
     * Raises the alert for a change that reduces protection (a contingent withdraws, a site is left, the
     * force is cut), with its impact assessment, addressed at once to the top of the policy and to every
     * member of the mandating body: these are decisions for the body that can change the mandate. An
     * order that leaves a protected site is CRITICAL the moment it is given (Kigali, 11 April 1994: the
     * order to leave the ETO, not the later vote, exposed the people sheltering there).
     */
    public Raise raiseForProtectionChange(String situation, boolean leavesGuardedSite, String subject, String impactText,
                                          String actor, Instant at) {
        return transactions.inTransaction(tx -> {
            var ctx = rules.context(situation, at);
            if (ctx.isEmpty()) return new Raise.NotRaised("unknown situation " + situation);
            Severity severity = leavesGuardedSite ? Severity.CRITICAL : Severity.HIGH;
            List<RecipientRef> to = ctx.get().details().mandates()
                    .inForceOn(java.time.LocalDate.ofInstant(at, java.time.ZoneOffset.UTC))
                    .map(m -> m.mandatingBody()).filter(java.util.Objects::nonNull)
                    .<List<RecipientRef>>map(body -> List.of(new RecipientRef.ToGroup(body))).orElse(List.of());
            String explanation = (leavesGuardedSite ? "An order or decision leaves a protected site without its guard. "
                    : "A reduction of the mission's protection is proposed or decided. ") + "Impact before decision ("
                    + subject + "):\n" + impactText;
            Alert draft = Alert.raise(situation, Alert.Kind.PROTECTION_CHANGE, severity, List.of(), explanation, List.of(),
                    actor, ctx.get().policy().top(), defaultLabel, null, to, null, at);
            return new Raise.Raised(open(ctx.get(), draft, at, actor));
        });
    }

    /**
     * Raises the alert for a source's protection request past its deadline (M5: in 1994 the informant
     * asked for protection and was left without it). It names the request and the source by
     * pseudonym only — never what is to be done or who the source is — and climbs the situation's
     * ladder like any alert, from the bottom, with the owner and the source's handlers added.
     */
    public Raise raiseForProtectionOverdue(String situation, String subject, String pseudonym, String owner, List<String> handlers,
                                           Instant deadline, Instant at) {
        return transactions.inTransaction(tx -> {
            var ctx = rules.context(situation, at);
            if (ctx.isEmpty()) return new Raise.NotRaised("unknown situation " + situation);
            List<RecipientRef> to = new java.util.ArrayList<>();
            to.add(new RecipientRef.ToPerson(owner));
            for (String h : handlers) if (!h.equals(owner)) to.add(new RecipientRef.ToPerson(h));
            String explanation = "The protection requested for source " + pseudonym + " (" + subject + ") was due by " + deadline
                    + " and is not done. Its owner is " + owner + ". What is to be done is sealed; its handlers can read it.";
            Alert draft = Alert.raise(situation, Alert.Kind.SOURCE_PROTECTION_OVERDUE, Severity.CRITICAL, List.of(), explanation,
                    List.of(), "system", 0, Tlp.AMBER_STRICT, null, to, null, at);
            return new Raise.Raised(open(ctx.get(), draft, at, "system"));
        });
    }

    /**
     * Raises the alert for a determination that has fallen due (the duty to prevent starts at a
     * serious risk): it climbs like any alert until a determination — of any outcome — is recorded,
     * which closes it through {@link #closeForRecordedDetermination}. Avoiding the question becomes visible.
     */
    public Raise raiseForDeterminationDue(String situation, long dueId, String type, Severity severity, String reason,
                                          List<String> evidenceKeys, Instant deadline, Instant at) {
        return transactions.inTransaction(tx -> {
            var ctx = rules.context(situation, at);
            if (ctx.isEmpty()) return new Raise.NotRaised("unknown situation " + situation);
            EvidenceSet ev = EvidenceSet.of(situation, evidenceKeys, signals, ctx.get().details().actors());
            String explanation = "A determination is due [" + dueToken(dueId) + "]: " + type + ", to be recorded by " + deadline
                    + ". " + reason;
            Alert draft = Alert.raise(situation, Alert.Kind.DETERMINATION_DUE, severity, ev.ids().isEmpty() ? evidenceKeys : ev.ids(),
                    explanation, ev.implicatedList(), "system:determinations", 0, LabelPolicy.narrowest(defaultLabel, ev.narrowest()),
                    ev.marking(), List.of(), null, at);
            return new Raise.Raised(open(ctx.get(), draft, at, "system:determinations"));
        });
    }

    /**
     * Closes the open alert of a due determination once a determination is recorded: the
     * determination itself is the recorded decision, with its author and its id as rationale.
     */
    public Optional<Alert> closeForRecordedDetermination(String situation, long dueId, long determination, String author, Instant at) {
        return transactions.inTransaction(tx -> {
            Optional<Alert> open = alerts.list(situation, true).stream()
                    .filter(a -> a.kind() == Alert.Kind.DETERMINATION_DUE && a.explanation().contains("[" + dueToken(dueId) + "]"))
                    .findFirst();
            if (open.isEmpty()) return Optional.<Alert>empty();
            Alert a = alerts.lock(open.get().id()).orElseThrow();
            AlertDecision d = new AlertDecision(UUID.randomUUID().toString(), AlertDecision.Outcome.CLOSE,
                    "Determination " + determination + " recorded by " + author + "; the question has been answered.",
                    "determination_recorded", author, at, null, null);
            if (!(a.decide(d) instanceof Alert.Change.Changed c)) return Optional.<Alert>empty();
            alerts.update(c.alert());
            events.record(ALERT_DECIDED, at, author, a.situation(), a.subject(), details("decision", AlertMessage.decision(d),
                    "from_state", a.state().label(), "to_state", c.alert().state().label(), "severity", c.alert().severity().wire(),
                    "label", c.alert().label().wire(), "level", a.level()));
            return Optional.of(c.alert());
        });
    }

    private static String dueToken(long dueId) { return "determination_due:" + dueId; }

    /** An alert raised by a person through the API; they are its originator and may appeal its decisions. */
    public Outcome<Alert> raise(AlertInput.NewAlert in, String by, Instant at) {
        return transactions.inTransaction(tx -> {
            if (directory.person(by).isEmpty()) return Outcome.notFound("actor", "names no known person");
            var ctx = rules.context(in.situation(), at);
            if (ctx.isEmpty()) return Outcome.notFound("situation", "names no situation known to Tocsin");
            EvidenceSet ev = EvidenceSet.of(in.situation(), in.evidence(), signals, ctx.get().details().actors());
            if (!ev.missing().isEmpty()) return Outcome.notFound("evidence", "names signals this situation does not have: " + ev.missing());
            Tlp label = in.label() == null ? LabelPolicy.narrowest(defaultLabel, ev.narrowest()) : in.label();
            if (ev.narrowest().isNarrowerThan(label)) {
                return Outcome.invalid("label", label.label() + " is wider than the evidence allows (" + ev.narrowest().label()
                        + "): widen the evidence's labels by decision first");
            }
            Alert draft = Alert.raise(in.situation(), Alert.Kind.MANUAL, in.severity(), ev.ids(), in.explanation(),
                    ev.implicatedList(), by, 0, label, in.marking() != null ? in.marking() : ev.marking(), List.of(), null, at);
            return Outcome.done(open(ctx.get(), draft, at, by));
        });
    }

    /**
     * Opens the alert of a mandate gap, addressed to every member of the mandating body, in the
     * caller's transaction (the request's decision).
     */
    Alert raiseMandateGap(SituationRules.Context ctx, ActionRequest request, RequestDecision decision,
                          MandateGapPolicy.Verdict.Gap gap, List<String> evidence, Set<String> implicated, Tlp label, Instant at) {
        Alert draft = Alert.raise(ctx.id(), Alert.Kind.MANDATE_GAP, Severity.CRITICAL, evidence, gap.explanation(),
                List.copyOf(new java.util.TreeSet<>(implicated)), "system:mandate-gap", ctx.policy().top(), label,
                decision.marking(), List.of(new RecipientRef.ToGroup(gap.body())), request.id(), at);
        return open(ctx, draft, at, "system:mandate-gap");
    }

    private Alert open(SituationRules.Context ctx, Alert draft, Instant at, String actor) {
        Alert a = alerts.insert(draft);
        events.record(ALERT_RAISED, at, actor, a.situation(), a.subject(), details("kind", a.kind().wire(),
                "severity", a.severity().wire(), "level", a.level(), "level_name", levelName(ctx, a), "originator", a.originator(),
                "evidence", a.evidence(), "explanation", a.explanation(), "implicated", a.implicated(),
                "label", a.label().wire(), "marking", a.marking(), "request", a.requestId(),
                "addressees", a.addressees().stream().map(RecipientRef::wire).toList()));
        deliverAtLevel(ctx, a, "raised", a.subject() + ":raised", actor, at, true);
        return a;
    }

    // ---- commands --------------------------------------------------------------------------------

    public Outcome<Alert> acknowledge(long id, String by, Instant at) {
        return onAlert(id, by, at, true, (ctx, a) -> switch (a.acknowledge(by, at)) {
            case Alert.Change.Refused r -> Outcome.conflict("state", r.reason());
            case Alert.Change.Changed c -> {
                alerts.update(c.alert());
                events.record(ALERT_ACKNOWLEDGED, at, by, a.situation(), a.subject(), details("level", a.level(),
                        "level_name", levelName(ctx, a)));
                yield Outcome.done(c.alert());
            }
        });
    }

    /** Records a decision; the originator is told of every decision. */
    public Outcome<Alert> decide(long id, AlertInput.Decision in, String by, Instant at) {
        return onAlert(id, by, at, true, (ctx, a) -> {
            AlertDecision d = new AlertDecision(UUID.randomUUID().toString(), in.outcome(), in.rationale(), in.ground(), by, at,
                    in.severity(), in.label());
            return switch (a.decide(d)) {
                case Alert.Change.Refused r -> r.reason().startsWith("cannot") ? Outcome.conflict("state", r.reason())
                        : Outcome.invalid(r.reason().contains("label") ? "label" : "severity", r.reason());
                case Alert.Change.Changed c -> {
                    Alert next = c.alert();
                    alerts.update(next);
                    events.record(ALERT_DECIDED, at, by, a.situation(), a.subject(), details("decision", AlertMessage.decision(d),
                            "from_state", a.state().label(), "to_state", next.state().label(), "severity", next.severity().wire(),
                            "label", next.label().wire(), "level", a.level()));
                    if (d.label() != null && d.label() != a.label()) {
                        events.record(ALERT_LABEL_WIDENED, at, by, a.situation(), a.subject(), details("from", a.label().wire(),
                                "to", next.label().wire(), "by_decision", d.id()));
                    }
                    notifyOriginator(ctx, next, "decided: " + d.outcome().wire(), a.subject() + ":decision-" + d.id(), by, at);
                    yield Outcome.done(next);
                }
            };
        });
    }

    /** The originator's one-action appeal: the alert and both positions go to the top level. */
    public Outcome<Alert> appeal(long id, String by, String position, Instant at) {
        return onAlert(id, by, at, false, (ctx, a) -> switch (a.appeal(by, position, at, top(ctx, a))) {
            case Alert.Change.Refused r -> r.reason().startsWith("only") ? Outcome.forbidden("actor", r.reason()) : Outcome.conflict("state", r.reason());
            case Alert.Change.Changed c -> {
                Alert next = c.alert();
                alerts.update(next);
                Appeal ap = next.appeals().getLast();
                events.record(ALERT_APPEALED, at, by, a.situation(), a.subject(), details("originator_position", ap.position(),
                        "decider_position", AlertMessage.decision(ap.appealed()), "from_level", a.level(), "to_level", next.level(),
                        "level_name", levelName(ctx, next)));
                deliverAtLevel(ctx, next, "appealed by the originator", a.subject() + ":appeal-" + next.appeals().size(), by, at, true);
                yield Outcome.done(next);
            }
        });
    }

    /** Escalation by hand: a recipient (or the originator) sends the alert one level up now. */
    public Outcome<Alert> escalate(long id, String by, String reason, Instant at) {
        return onAlert(id, by, at, true, (ctx, a) -> climb(ctx, a, reason == null ? "escalated by " + by : reason + " (" + by + ")",
                by, at, a.subject() + ":escalate-" + UUID.randomUUID(), Map.of()));
    }

    /** Attaches an assessment; while the alert is open its current level receives it again, with every assessment. */
    public Outcome<Alert> attachAssessment(long id, AlertInput.NewAssessment in, String by, Instant at) {
        return onAlert(id, by, at, false, (ctx, a) -> {
            Assessment as = new Assessment(UUID.randomUUID().toString(), by, in.role(), in.text(), in.view(), at);
            Alert next = a.attach(as);
            alerts.update(next);
            events.record(ALERT_ASSESSMENT_ATTACHED, at, by, a.situation(), a.subject(), details("assessment", as.id(),
                    "role", as.role(), "view", as.view() == null ? null : as.view().wire(), "assessments", next.assessments().size()));
            if (next.open()) deliverAtLevel(ctx, next, "assessment attached by " + by, a.subject() + ":assessment-" + as.id(), by, at, false);
            return Outcome.done(next);
        });
    }

    /** Widens the label; only the sender (originator) may, and never to a narrower label. */
    public Outcome<Alert> relabel(long id, Tlp label, String by, Instant at) {
        return onAlert(id, by, at, false, (ctx, a) -> {
            if (!by.equals(a.originator())) {
                return Outcome.forbidden("actor", "only the sender (" + a.originator() + ") may change the label; others widen it by a recorded decision");
            }
            return switch (a.relabel(label, by)) {
                case Alert.Change.Refused r -> Outcome.invalid("label", r.reason());
                case Alert.Change.Changed c -> {
                    alerts.update(c.alert());
                    if (c.alert().label() != a.label()) {
                        events.record(ALERT_LABEL_WIDENED, at, by, a.situation(), a.subject(), details("from", a.label().wire(),
                                "to", c.alert().label().wire(), "by_sender", true));
                    }
                    yield Outcome.done(c.alert());
                }
            };
        });
    }

    // ---- deadlines -------------------------------------------------------------------------------

    /** Applies a due deadline, in the worker's transaction (which holds the deadline). */
    public DeadlineRule.Due onDeadline(Deadline d, Instant now, String worker) {
        Alert a = alerts.lock(d.alertId()).orElse(null);
        if (a == null) return new DeadlineRule.Due.Stale("no such alert");
        var ctx = rules.context(a.situation(), now).orElseThrow();
        DeadlineRule.Due due = DeadlineRule.whenDue(a, d, top(ctx, a));
        String key = a.subject() + ":deadline-" + d.id();
        switch (due) {
            case DeadlineRule.Due.Climb c -> climb(ctx, a, c.reason(), "system", now, key, details("deadline", d.id(), "worker", worker));
            case DeadlineRule.Due.Overdue o -> {
                events.record(ALERT_OVERDUE, now, "system", a.situation(), a.subject(), details("deadline_kind", d.kind().wire(),
                        "due_at", d.dueAt().toString(), "level", a.level(), "reason", o.reason(), "worker", worker, "deadline", d.id()));
                deliverAtLevel(ctx, a, "overdue: " + o.reason(), key, "system", now, false, ALERT_RENOTIFIED, details("deadline", d.id()));
            }
            case DeadlineRule.Due.Renotify r -> {
                deliverAtLevel(ctx, a, "reminder: still " + a.state().label() + " at level " + a.level(), key, "system", now, false,
                        ALERT_RENOTIFIED, details("deadline", d.id(), "worker", worker));
                deadlines.schedule(List.of(d.nextReminder(ctx.policy().level(a.level()), now)));
            }
            case DeadlineRule.Due.Stale s -> { /* nothing to do: the deadline no longer applies */ }
        }
        return due;
    }

    // ---- reading ---------------------------------------------------------------------------------

    /**
     * The read receipt of an alert: the first time a recipient opens it, their delivery records when.
     * (The opening itself is journaled by the reader's side as {@code alert.viewed}; this keeps the
     * receipts beside the deliveries, as a briefing's are.) Returns whether a receipt was recorded.
     */
    public boolean opened(long id, String person, Instant at) {
        return transactions.inTransaction(tx -> {
            boolean any = false;
            for (Delivery d : deliveries.of("alert:" + id)) {
                if (!d.recipient().equals(person) || !d.reached() || d.openedAt() != null) continue;
                Delivery locked = deliveries.lock(d.id()).orElseThrow();
                if (locked.openedAt() != null) continue;
                deliveries.update(locked.opened(at));
                any = true;
            }
            return any;
        });
    }

    public Optional<AlertView> view(long id) {
        return transactions.inTransaction(tx -> alerts.find(id).map(a -> {
            var ctx = rules.context(a.situation(), clock.instant()).orElseThrow();
            List<Deadline> pending = deadlines.pending(id).stream().filter(d -> a.open() && d.level() == a.level()
                    && !d.dueAt().isBefore(a.levelSince())).toList();
            return new AlertView(a, levelName(ctx, a), history.of(a.subject()), deliveries.of(a.subject()), pending);
        }));
    }

    public List<Alert> list(String situation, boolean openOnly) { return alerts.list(situation, openOnly); }

    /**
     * The alerts this viewer may read: those of situations where they hold the permission whose label
     * their roles read, those they raised, and those delivered to them (an escalation to a body is the
     * decision to share it with the body, whatever the label).
     */
    public List<Alert> list(String situation, boolean openOnly, org.tocsin.access.Viewer viewer) {
        // filtered in the query; readableBy applies the same rule once more as a guard against drift
        return alerts.list(situation, openOnly, viewer.sqlVisibility(org.tocsin.access.Permission.ALERT_READ)).stream()
                .filter(a -> readableBy(a, viewer)).toList();
    }

    public boolean readableBy(Alert a, org.tocsin.access.Viewer viewer) {
        if (!viewer.can(org.tocsin.access.Permission.ALERT_READ, a.situation())) return false;
        if (viewer.sees(a.situation(), a.label(), a.originator())) return true;
        return deliveries.of(a.subject()).stream().anyMatch(d -> d.recipient().equals(viewer.person()));
    }

    public String levelName(String situation, Alert a) {
        return rules.context(situation, clock.instant()).map(ctx -> levelName(ctx, a)).orElse("level " + a.level());
    }

    // ---- steps -----------------------------------------------------------------------------------

    private interface Step {
        Outcome<Alert> apply(SituationRules.Context ctx, Alert locked);
    }

    /** Locks the alert, checks the actor (and, for acknowledging and deciding, that they are among its recipients). */
    private Outcome<Alert> onAlert(long id, String by, Instant at, boolean recipientsOnly, Step step) {
        return transactions.inTransaction(tx -> {
            Alert a = alerts.lock(id).orElse(null);
            if (a == null) return Outcome.notFound("alert", "names no known alert");
            Person person = directory.person(by).orElse(null);
            if (person == null) return Outcome.notFound("actor", "names no known person");
            var ctx = rules.context(a.situation(), at).orElseThrow();
            if (recipientsOnly && !by.equals(a.originator()) && !entitled(ctx, a, by, at)) {
                return Outcome.forbidden("actor", "is not among the people this alert is addressed to at its current or a higher level "
                        + "(or is held back from it by a disclosure conflict)");
            }
            return step.apply(ctx, a);
        });
    }

    /**
     * Who may acknowledge, decide or escalate: the recipients of the alert's current level and every
     * level above it, resolved now, less anyone whose delivery a disclosure conflict would hold.
     */
    private boolean entitled(SituationRules.Context ctx, Alert a, String person, Instant at) {
        List<RecipientRef> refs = new ArrayList<>();
        if (!a.addressees().isEmpty()) refs.addAll(a.addressees());
        else for (int l = a.level(); l <= ctx.policy().top(); l++) refs.addAll(ctx.policy().level(l).recipients());
        var plan = DeliveryPlan.of(Recipients.resolve(refs, a.situation(), at, directory), Set.copyOf(a.implicated()),
                ctx.details().actors());
        return plan.deliveredIds().contains(person);
    }

    private Outcome<Alert> climb(SituationRules.Context ctx, Alert a, String reason, String actor, Instant at, String key,
                                 Map<String, Object> extra) {
        return switch (a.escalate(at, top(ctx, a))) {
            case Alert.Change.Refused r -> Outcome.conflict("state", r.reason());
            case Alert.Change.Changed c -> {
                Alert next = c.alert();
                alerts.update(next);
                Map<String, Object> d = details("from_level", a.level(), "to_level", next.level(), "from_level_name", levelName(ctx, a),
                        "level_name", levelName(ctx, next), "from_state", a.state().label(), "reason", reason);
                d.putAll(extra);
                events.record(ALERT_ESCALATED, at, actor, a.situation(), a.subject(), d);
                deliverAtLevel(ctx, next, "escalated: " + reason, key, actor, at, true);
                yield Outcome.done(next);
            }
        };
    }

    private void deliverAtLevel(SituationRules.Context ctx, Alert a, String reason, String key, String actor, Instant at,
                                boolean newDeadlines) {
        deliverAtLevel(ctx, a, reason, key, actor, at, newDeadlines, ALERT_DELIVERED, Map.of());
    }

    private void deliverAtLevel(SituationRules.Context ctx, Alert a, String reason, String key, String actor, Instant at,
                                boolean newDeadlines, String eventType, Map<String, Object> extra) {
        var resolution = Recipients.resolve(a.recipients(ctx.policy()), a.situation(), at, directory);
        DeliveryPlan plan = DeliveryPlan.of(resolution, Set.copyOf(a.implicated()), ctx.details().actors())
                .given(deliveries.of(a.subject()));
        String levelName = levelName(ctx, a);
        Map<String, Object> dd = details("level", a.level(), "level_name", levelName, "state", a.state().label());
        dd.putAll(extra);
        dispatcher.dispatch(a.subject(), a.situation(), plan, AlertMessage.of(a, levelName, reason), reason, eventType, key,
                actor, at, dd);
        boolean nobody = plan.deliver().isEmpty();
        if (nobody) {
            events.record(ALERT_UNREACHABLE, at, actor, a.situation(), a.subject(), details("level", a.level(),
                    "level_name", levelName, "unresolved", resolution.unresolved(), "held", plan.heldIds()));
        }
        if (newDeadlines) {
            deadlines.schedule(Deadline.forLevel(a.id(), a.level(), ctx.policy().level(a.level()), at, nobody && a.level() < top(ctx, a)));
        }
    }

    private void notifyOriginator(SituationRules.Context ctx, Alert a, String reason, String key, String actor, Instant at) {
        Optional<Person> originator = directory.person(a.originator());
        if (originator.isEmpty()) return;
        var resolution = new Recipients.Resolution(List.of(originator.get()), List.of());
        DeliveryPlan plan = DeliveryPlan.of(resolution, Set.copyOf(a.implicated()), ctx.details().actors()).given(deliveries.of(a.subject()));
        dispatcher.dispatch(a.subject(), a.situation(), plan, AlertMessage.of(a, levelName(ctx, a), reason), "originator told: " + reason,
                ALERT_DELIVERED, key, actor, at, details("level", a.level(), "to_originator", true));
    }

    private static int top(SituationRules.Context ctx, Alert a) {
        return a.addressees().isEmpty() ? ctx.policy().top() : a.level();
    }

    private static String levelName(SituationRules.Context ctx, Alert a) {
        if (!a.addressees().isEmpty()) return String.join(", ", a.addressees().stream().map(RecipientRef::wire).toList());
        return ctx.policy().level(a.level()).name();
    }

}
