package org.tocsin.escalation;

import org.tocsin.access.DirectoryView;
import org.tocsin.access.Outcome;
import org.tocsin.access.Person;
import org.tocsin.access.PositionHolding;
import org.tocsin.common.Transactions;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.tocsin.escalation.EscalationEvent.*;
import static org.tocsin.escalation.Events.details;

/**
 * Deliveries held for a disclosure conflict, and their release by an explicit override with a
 * rationale. Who may override is a named rule: someone who holds a position in the situation at the
 * time, and who does not themselves represent an actor the information implicates.
 */
public final class DisclosureService {

    /** Positions held in a situation, for the override rule. */
    @FunctionalInterface
    public interface Positions {
        List<PositionHolding> of(String situation);
    }

    private final Transactions transactions;
    private final DeliveryStore deliveries;
    private final AlertStore alerts;
    private final BriefingStore briefings;
    private final Dispatcher dispatcher;
    private final SituationRules rules;
    private final DirectoryView directory;
    private final Positions positions;
    private final Events events;
    private final Function<Alert, String> levelNames;

    public DisclosureService(Transactions transactions, DeliveryStore deliveries, AlertStore alerts, BriefingStore briefings,
                             Dispatcher dispatcher, SituationRules rules, DirectoryView directory, Positions positions,
                             Events events, Function<Alert, String> levelNames) {
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.briefings = briefings;
        this.dispatcher = dispatcher;
        this.rules = rules;
        this.directory = directory;
        this.positions = positions;
        this.events = events;
        this.levelNames = levelNames;
    }

    public List<Delivery> held(String situation) { return deliveries.held(situation); }

    public Outcome<Delivery> override(long deliveryId, String by, String rationale, Instant at) {
        if (rationale == null || rationale.isBlank()) return Outcome.invalid("rationale", "is required: why the disclosure is justified");
        return transactions.inTransaction(tx -> {
            Delivery d = deliveries.lock(deliveryId).orElse(null);
            if (d == null) return Outcome.notFound("delivery", "names no known delivery");
            if (d.status() != Delivery.Status.HELD) return Outcome.conflict("delivery", "is not held (it is " + d.status().wire() + ")");
            Person actor = directory.person(by).orElse(null);
            if (actor == null) return Outcome.notFound("actor", "names no known person");
            Person recipient = directory.person(d.recipient()).orElse(null);
            if (recipient == null) return Outcome.conflict("delivery", "its recipient no longer exists");
            var ctx = rules.context(d.situation(), at).orElseThrow();
            Message message;
            Set<String> implicated;
            String deliveredType;
            if (d.subject().startsWith("alert:")) {
                Alert a = alerts.lock(Long.parseLong(d.subject().substring(6))).orElseThrow();
                implicated = Set.copyOf(a.implicated());
                message = AlertMessage.of(a, levelNames.apply(a), "released after a disclosure override by " + by + ": " + rationale);
                deliveredType = ALERT_DELIVERED;
            } else {
                Briefing b = briefings.find(Long.parseLong(d.subject().substring(9))).orElseThrow();
                implicated = Set.copyOf(b.implicated());
                message = BriefingService.message(b);
                deliveredType = BRIEFING_DELIVERED;
            }
            String refusal = mayOverride(actor, d.situation(), implicated, ctx.details().actors(), at);
            if (refusal != null) return Outcome.forbidden("actor", refusal);
            Delivery released = d.released(by, rationale, at);
            deliveries.update(released);
            events.record(DISCLOSURE_OVERRIDDEN, at, by, d.situation(), d.ref(), details("for", d.subject(), "recipient", d.recipient(),
                    "implicated_actor", d.conflictActor(), "warning", d.warning(), "rationale", rationale));
            int sent = dispatcher.notify(recipient, message, d.situation(), d.subject() + ":override-" + d.id(), at);
            events.record(deliveredType, at, by, d.situation(), d.subject(), details("recipients", List.of(d.recipient()),
                    "reason", "disclosure override", "delivery", d.id(), "without_address", sent == 0 ? List.of(d.recipient()) : List.of()));
            return Outcome.done(released);
        });
    }

    /** The override rule: null when allowed, else the reason for refusing. */
    String mayOverride(Person actor, String situation, Set<String> implicated, Actors actors, Instant at) {
        boolean holds = positions.of(situation).stream().anyMatch(p -> p.person().equals(actor.id()) && p.heldAt(at));
        if (!holds) return "holds no position in this situation: only someone who does may override a disclosure warning";
        if (DisclosurePolicy.check(actor, implicated, actors) instanceof DisclosurePolicy.Verdict.Conflict c) {
            return "represents " + c.actor() + ", which the information implicates";
        }
        return null;
    }
}
