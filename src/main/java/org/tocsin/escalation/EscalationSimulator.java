package org.tocsin.escalation;

import org.tocsin.access.DirectoryView;
import org.tocsin.access.InMemoryDirectory;
import org.tocsin.access.Person;
import org.tocsin.access.PositionHolding;
import org.tocsin.intake.Signal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * What the escalation rules would have done, without a database: the same lifecycle, policies,
 * deadlines, mandate-gap rule, disclosure rule and delivery planning as the live services, applied to
 * a time-ordered stream of events in memory. In a replay nobody acknowledges or decides an alert, so
 * it shows where each alert would have climbed and whom it would have reached, and when.
 *
 * <pre>
 * var sim = EscalationSimulator.forCase(details, EscalationPolicy.Defaults.standard(), watchFrom);
 * Simulation result = sim.run(List.of(new Event.SignalArrived(at, signal), new Event.LevelChanged(…)), until);
 * </pre>
 */
public final class EscalationSimulator {

    /** An input event, in time order. */
    public sealed interface Event {
        Instant at();

        record LevelChanged(Instant at, String from, String to, List<String> evidence, String explanation) implements Event {}

        /** A signal becomes known: a request, a decision on one, or a signal flagged critical; others are ignored. */
        record SignalArrived(Instant at, Signal signal) implements Event {}
    }

    /** One delivery round of an alert: who got it, whose delivery was held and why, what could not be resolved. */
    public record Round(Instant at, String reason, int level, String levelName, List<String> delivered, List<DeliveryPlan.Held> held,
                        List<String> unresolved) {
        public List<String> heldIds() { return held.stream().map(h -> h.person().id()).toList(); }
    }

    public record Escalation(Instant at, int fromLevel, int toLevel, String reason) {}

    public record SimulatedAlert(Alert alert, List<Round> rounds, List<Escalation> escalations, List<Deadline> deadlines,
                                 List<String> overdue, int reminders) {}

    public record MandateGap(Instant at, String request, String refusal, String body, List<String> recipients, long alertId,
                             List<String> delivered, List<String> held) {}

    public record HeldDelivery(Instant at, long alertId, String recipient, String actor, String warning) {}

    public record Simulation(List<SimulatedAlert> alerts, List<MandateGap> mandateGaps, List<HeldDelivery> held,
                             List<ActionRequest> requests, List<String> notes) {}

    private final SituationDetails details;
    private final EscalationPolicy policy;
    private final DirectoryView directory;

    public EscalationSimulator(SituationDetails details, EscalationPolicy policy, DirectoryView directory) {
        this.details = details;
        this.policy = policy;
        this.directory = directory;
    }

    /**
     * A simulator for a historical case: the default policy from {@code defaults} and the situation's
     * file, a directory of its bodies' members, and every position of the policy held by a stand-in
     * (person id {@code position:<name>}), since a case file does not name office holders.
     */
    public static EscalationSimulator forCase(SituationDetails details, EscalationPolicy.Defaults defaults, java.time.LocalDate on) {
        EscalationPolicy policy = EscalationPolicy.defaultFor(details, defaults, on);
        return new EscalationSimulator(details, policy, standIns(details, policy));
    }

    public static InMemoryDirectory standIns(SituationDetails details, EscalationPolicy policy) {
        InMemoryDirectory d = InMemoryDirectory.of(details.situation(), details.bodies());
        Instant always = Instant.parse("0001-01-01T00:00:00Z");
        for (PolicyLevel l : policy.levels()) {
            for (RecipientRef r : l.recipients()) {
                if (r instanceof RecipientRef.ToPosition(String position) && d.holders(details.situation(), position, always).isEmpty()) {
                    String id = "position:" + position;
                    d.createPerson(new Person(id, position + " (stand-in for the holder)", null, null, null));
                    d.assign(new PositionHolding(0, details.situation(), position, id, always, null));
                }
            }
        }
        return d;
    }

    public EscalationPolicy policy() { return policy; }

    public Simulation run(List<? extends Event> input, Instant until) {
        return new Run().go(input, until);
    }

    /** One run's state: alerts, deadlines and deliveries in memory. */
    private final class Run {
        private final Map<Long, Alert> alerts = new LinkedHashMap<>();
        private final Map<Long, List<Round>> rounds = new LinkedHashMap<>();
        private final Map<Long, List<Escalation>> escalations = new LinkedHashMap<>();
        private final Map<Long, List<Deadline>> scheduled = new LinkedHashMap<>();
        private final Map<Long, List<String>> overdue = new LinkedHashMap<>();
        private final Map<Long, Integer> reminders = new LinkedHashMap<>();
        private final Map<Long, List<Delivery>> deliveries = new LinkedHashMap<>();
        private final Map<String, ActionRequest> requests = new LinkedHashMap<>();
        private final Map<String, Signal> signals = new LinkedHashMap<>();
        private final List<MandateGap> gaps = new ArrayList<>();
        private final List<HeldDelivery> held = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final PriorityQueue<Deadline> due = new PriorityQueue<>(Comparator.comparing(Deadline::dueAt).thenComparing(Deadline::id));
        private long nextAlert = 1;
        private long nextDeadline = 1;

        Simulation go(List<? extends Event> input, Instant until) {
            List<Event> events = new ArrayList<>(input);
            events.sort(Comparator.comparing(Event::at)); // stable: same-day records keep their order
            for (Event e : events) {
                fire(e.at());
                switch (e) {
                    case Event.LevelChanged l -> levelChanged(l);
                    case Event.SignalArrived s -> signal(s.at(), s.signal());
                }
            }
            if (until != null) fire(until);
            List<SimulatedAlert> out = new ArrayList<>();
            for (Alert a : alerts.values()) {
                out.add(new SimulatedAlert(a, rounds.get(a.id()), escalations.get(a.id()), scheduled.get(a.id()), overdue.get(a.id()),
                        reminders.getOrDefault(a.id(), 0)));
            }
            return new Simulation(out, gaps, held, List.copyOf(requests.values()), notes);
        }

        private void levelChanged(Event.LevelChanged l) {
            int fromRank = Severity.rank(l.from());
            int toRank = Severity.rank(l.to());
            if (fromRank < 0 || toRank <= fromRank) return;
            Severity severity = Severity.parse(l.to()).orElseThrow();
            boolean open = alerts.values().stream().anyMatch(a -> a.open() && a.kind() == Alert.Kind.LEVEL_CHANGE && a.severity().compareTo(severity) >= 0);
            if (open) return;
            EvidenceSet ev = EvidenceSet.of(details.situation(), l.evidence(), this::find, details.actors());
            raise(Alert.raise(details.situation(), Alert.Kind.LEVEL_CHANGE, severity, ev.ids().isEmpty() ? l.evidence() : ev.ids(),
                    "Risk level rose from " + l.from() + " to " + l.to() + ". " + (l.explanation() == null ? "" : l.explanation()),
                    ev.implicatedList(), "fusion", 0, LabelPolicy.narrowest(org.tocsin.distribution.Tlp.AMBER, ev.narrowest()),
                    ev.marking(), List.of(), null, l.at()), l.at());
        }

        private void signal(Instant at, Signal s) {
            signals.put(s.key().id(), s);
            if (s.isRequest()) {
                List<Signal> ev = new ArrayList<>(List.of(s));
                for (String r : s.relays()) find(details.situation(), r).ifPresent(ev::add);
                ActionRequest r = SignalRequests.request(s, EvidenceSet.of(ev, List.of(), details.actors()), at);
                requests.putIfAbsent(s.key().id(), r.withId(requests.size() + 1L));
            }
            var decision = SignalRequests.decision(s);
            if (decision.isPresent()) {
                ActionRequest r = requests.get(s.decision().respondsTo());
                if (r == null) {
                    notes.add(s.key().id() + " responds to " + s.decision().respondsTo() + ", which is not a known request");
                } else {
                    decide(at, r, decision.get(), s);
                }
            }
            if (s.critical()) {
                EvidenceSet ev = EvidenceSet.of(List.of(s), List.of(), details.actors());
                raise(Alert.raise(details.situation(), Alert.Kind.CRITICAL_SIGNAL, Severity.CRITICAL, ev.ids(),
                        "Flagged critical by its submitter: " + s.summary(), ev.implicatedList(), s.receipt().submittedBy(), 0,
                        ev.narrowest(), s.marking(), List.of(), null, at), at);
            }
        }

        private void decide(Instant at, ActionRequest r, RequestDecision d, Signal s) {
            ActionRequest next = r.decided(d);
            requests.put(r.signal(), next);
            if (MandateGapPolicy.check(next, d, details.mandates()) instanceof MandateGapPolicy.Verdict.Gap gap) {
                List<String> evidence = new ArrayList<>(next.evidence());
                if (!evidence.contains(s.key().id())) evidence.add(s.key().id());
                Set<String> implicated = new java.util.TreeSet<>(next.implicated());
                implicated.addAll(details.actors().implicated(s.implicates()));
                Alert a = raise(Alert.raise(details.situation(), Alert.Kind.MANDATE_GAP, Severity.CRITICAL, evidence, gap.explanation(),
                        List.copyOf(implicated), "system:mandate-gap", policy.top(), d.label(), d.marking(),
                        List.of(new RecipientRef.ToGroup(gap.body())), next.id(), at), at);
                Round first = rounds.get(a.id()).getFirst();
                List<String> members = directory.group(gap.body()).map(g -> g.members()).orElse(List.of());
                gaps.add(new MandateGap(at, r.signal(), s.key().id(), gap.body(), members, a.id(), first.delivered(), first.heldIds()));
            }
        }

        private Alert raise(Alert draft, Instant at) {
            Alert a = draft.withId(nextAlert++);
            alerts.put(a.id(), a);
            rounds.put(a.id(), new ArrayList<>());
            escalations.put(a.id(), new ArrayList<>());
            scheduled.put(a.id(), new ArrayList<>());
            overdue.put(a.id(), new ArrayList<>());
            deliveries.put(a.id(), new ArrayList<>());
            deliver(a, "raised", at, true);
            return a;
        }

        private int top(Alert a) { return a.addressees().isEmpty() ? policy.top() : a.level(); }

        private String levelName(Alert a) {
            return a.addressees().isEmpty() ? policy.level(a.level()).name()
                    : String.join(", ", a.addressees().stream().map(RecipientRef::wire).toList());
        }

        private void deliver(Alert a, String reason, Instant at, boolean newDeadlines) {
            var resolution = Recipients.resolve(a.recipients(policy), a.situation(), at, directory);
            DeliveryPlan plan = DeliveryPlan.of(resolution, Set.copyOf(a.implicated()), details.actors()).given(deliveries.get(a.id()));
            for (Person p : plan.deliver()) deliveries.get(a.id()).add(Delivery.delivered(a.subject(), a.situation(), p.id(), reason, at));
            for (DeliveryPlan.Held h : plan.held()) {
                deliveries.get(a.id()).add(Delivery.held(a.subject(), a.situation(), h.person().id(), reason, at, h.actor(), h.warning()));
                held.add(new HeldDelivery(at, a.id(), h.person().id(), h.actor(), h.warning()));
            }
            rounds.get(a.id()).add(new Round(at, reason, a.level(), levelName(a), plan.deliveredIds(), plan.held(), plan.unresolved()));
            if (newDeadlines) {
                for (Deadline d : Deadline.forLevel(a.id(), a.level(), policy.level(a.level()), at, plan.deliver().isEmpty() && a.level() < top(a))) {
                    schedule(d);
                }
            }
        }

        private void schedule(Deadline d) {
            Deadline stored = new Deadline(nextDeadline++, d.alertId(), d.kind(), d.level(), d.dueAt());
            if (stored.kind() != Deadline.Kind.RENOTIFY) scheduled.get(d.alertId()).add(stored);
            due.add(stored);
        }

        private void fire(Instant now) {
            while (!due.isEmpty() && !due.peek().dueAt().isAfter(now)) {
                Deadline d = due.poll();
                Alert a = alerts.get(d.alertId());
                Instant at = d.dueAt();
                switch (DeadlineRule.whenDue(a, d, top(a))) {
                    case DeadlineRule.Due.Climb c -> {
                        if (a.escalate(at, top(a)) instanceof Alert.Change.Changed(Alert next)) {
                            alerts.put(a.id(), next);
                            escalations.get(a.id()).add(new Escalation(at, a.level(), next.level(), c.reason()));
                            deliver(next, "escalated: " + c.reason(), at, true);
                        }
                    }
                    case DeadlineRule.Due.Overdue o -> overdue.get(a.id()).add(at + ": " + o.reason());
                    case DeadlineRule.Due.Renotify r -> {
                        reminders.merge(a.id(), 1, Integer::sum);
                        Deadline next = d.nextReminder(policy.level(a.level()), at);
                        due.add(new Deadline(nextDeadline++, next.alertId(), next.kind(), next.level(), next.dueAt()));
                    }
                    case DeadlineRule.Due.Stale s -> { /* no longer applies */ }
                }
            }
        }

        private Optional<Signal> find(String situation, String id) { return Optional.ofNullable(signals.get(id)); }
    }
}
