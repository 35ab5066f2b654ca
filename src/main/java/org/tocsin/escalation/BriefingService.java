package org.tocsin.escalation;

import org.tocsin.access.DirectoryView;
import org.tocsin.access.Group;
import org.tocsin.access.Json;
import org.tocsin.access.Outcome;
import org.tocsin.common.Parsed;
import org.tocsin.common.Transactions;
import org.tocsin.distribution.Tlp;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.tocsin.escalation.EscalationEvent.*;
import static org.tocsin.escalation.Events.details;

/**
 * Briefings to every member of a body (M4): one transaction, one delivered-at instant for all,
 * per-member receipts; a member whose delivery would disclose information to an actor it implicates
 * is held (M5) while the others receive it.
 */
public final class BriefingService {

    /** Its sender, the members of the body it went to, and those whose roles read its label in its situation. */
    public static boolean readableBy(Briefing b, org.tocsin.access.Viewer viewer) {
        return viewer.can(org.tocsin.access.Permission.BRIEFING_READ, b.situation())
                && (viewer.groups().contains(b.group()) || viewer.sees(b.situation(), b.label(), b.sender()));
    }

    /** @param alert the alert the briefing concerns (same situation), or null */
    public record NewBriefing(String situation, String group, String title, String text, Tlp label, String marking, List<String> evidence,
                              Long alert) {}

    public record Sent(Briefing briefing, List<Delivery> receipts) {}

    private final Transactions transactions;
    private final BriefingStore briefings;
    private final AlertStore alerts;
    private final DeliveryStore deliveries;
    private final Dispatcher dispatcher;
    private final SituationRules rules;
    private final DirectoryView directory;
    private final EvidenceSet.Lookup signals;
    private final Events events;

    public BriefingService(Transactions transactions, BriefingStore briefings, AlertStore alerts, DeliveryStore deliveries,
                           Dispatcher dispatcher, SituationRules rules, DirectoryView directory, EvidenceSet.Lookup signals, Events events) {
        this.transactions = transactions;
        this.briefings = briefings;
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.rules = rules;
        this.directory = directory;
        this.signals = signals;
        this.events = events;
    }

    public static Parsed<NewBriefing> parse(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "a briefing must be a JSON object");
        Json f = new Json(body);
        String situation = f.string("situation", true, 64);
        String group = f.id("group", true);
        String title = f.string("title", true, 500);
        String text = f.string("text", true, 100_000);
        Tlp label = AlertInput.label(f, "label");
        String marking = f.string("marking", false, 300);
        if (label == null && marking != null) label = Tlp.fromMarking(marking).orElse(null);
        if (label == null && !f.has("label")) f.error("label", "is required: the sender sets the distribution label (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)");
        List<String> evidence = f.strings("evidence", false, 200);
        Long alert = null;
        JsonNode a = body.get("alert");
        if (a != null && !a.isNull()) {
            if (a.isIntegralNumber() && a.canConvertToLong() && a.longValue() > 0) alert = a.longValue();
            else f.error("alert", "must be the id of an alert (a whole number above 0)");
        }
        if (!f.ok()) return Parsed.refused(f.errors());
        return Parsed.ok(new NewBriefing(situation, group, title, text, label, marking, evidence, alert));
    }

    public Outcome<Sent> send(NewBriefing in, String by, Instant now) {
        return send(in, by, now, alert -> true);
    }

    /**
     * @param senderMayRead whether the sender may read an alert: a briefing about an alert repeats it,
     *                      so naming one the sender may not read (a RED alert of their situation) is
     *                      answered as naming an unknown one
     */
    public Outcome<Sent> send(NewBriefing in, String by, Instant now, java.util.function.Predicate<Alert> senderMayRead) {
        // one instant for every member, at the store's precision, so what is returned is what is kept
        Instant at = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return transactions.inTransaction(tx -> {
            if (directory.person(by).isEmpty()) return Outcome.notFound("actor", "names no known person");
            var ctx = rules.context(in.situation(), at);
            if (ctx.isEmpty()) return Outcome.notFound("situation", "names no situation known to Tocsin");
            Group group = directory.group(in.group()).orElse(null);
            if (group == null) return Outcome.notFound("group", "names no known group");
            if (group.members().isEmpty()) return Outcome.conflict("group", "has no members to brief");
            EvidenceSet ev = EvidenceSet.of(in.situation(), in.evidence(), signals, ctx.get().details().actors());
            if (!ev.missing().isEmpty()) return Outcome.notFound("evidence", "names signals this situation does not have: " + ev.missing());
            if (ev.narrowest().isNarrowerThan(in.label())) {
                return Outcome.invalid("label", in.label().label() + " is wider than the evidence allows (" + ev.narrowest().label() + ")");
            }
            List<String> implicated = ev.implicatedList();
            if (in.alert() != null) {
                // a briefing about an alert repeats it: no wider than the alert's own label (widen the alert first),
                // and held from whoever represents an actor the alert implicates (M5)
                Alert alert = alerts.find(in.alert()).filter(x -> x.situation().equals(in.situation())).filter(senderMayRead).orElse(null);
                if (alert == null) return Outcome.notFound("alert", "names no alert of this situation");
                if (alert.label().isNarrowerThan(in.label())) {
                    return Outcome.invalid("label", in.label().label() + " is wider than the alert it concerns allows (" + alert.label().label() + ")");
                }
                implicated = java.util.stream.Stream.concat(implicated.stream(), alert.implicated().stream()).distinct().toList();
            }
            Briefing b = briefings.insert(new Briefing(0, in.situation(), group.id(), in.title(), in.text(), in.label(), in.marking(),
                    by, ev.ids(), implicated, at, in.alert()));
            var resolution = Recipients.resolve(List.of(new RecipientRef.ToGroup(group.id())), in.situation(), at, directory);
            DeliveryPlan plan = DeliveryPlan.of(resolution, Set.copyOf(b.implicated()), ctx.get().details().actors());
            List<Delivery> receipts = dispatcher.dispatch(b.subject(), b.situation(), plan, message(b), "briefing", BRIEFING_DELIVERED,
                    b.subject(), by, at, details("group", group.id(), "title", b.title(), "label", b.label().wire(), "marking", b.marking(),
                            "alert", b.alert()));
            return Outcome.done(new Sent(b, receipts));
        });
    }

    public Outcome<Delivery> open(long id, String member, Instant at) { return receipt(id, member, at, false); }

    public Outcome<Delivery> acknowledge(long id, String member, Instant at) { return receipt(id, member, at, true); }

    private Outcome<Delivery> receipt(long id, String member, Instant at, boolean ack) {
        return transactions.inTransaction(tx -> {
            Briefing b = briefings.find(id).orElse(null);
            if (b == null) return Outcome.notFound("briefing", "names no known briefing");
            Delivery d = deliveries.of(b.subject()).stream().filter(x -> x.recipient().equals(member)).findFirst().orElse(null);
            if (d == null) return Outcome.forbidden("actor", "is not a recipient of this briefing");
            d = deliveries.lock(d.id()).orElseThrow();
            if (!d.reached()) return Outcome.conflict("actor", "this delivery is held for a disclosure conflict and has not been released");
            boolean first = ack ? d.acknowledgedAt() == null : d.openedAt() == null;
            Delivery next = ack ? d.acknowledged(at) : d.opened(at);
            deliveries.update(next);
            if (first) {
                events.record(ack ? BRIEFING_ACKNOWLEDGED : BRIEFING_OPENED, at, member, b.situation(), b.subject(),
                        details("delivery", d.id()));
            }
            return Outcome.done(next);
        });
    }

    /**
     * Widens a briefing's distribution label, by its sender only (M4: a label is never narrowed, and
     * never changed silently: the change is journaled).
     */
    public Outcome<Briefing> relabel(long id, Tlp label, String by, Instant at) {
        return transactions.inTransaction(tx -> {
            Briefing b = briefings.find(id).orElse(null);
            if (b == null) return Outcome.notFound("briefing", "names no known briefing");
            if (!b.sender().equals(by)) {
                return Outcome.forbidden("actor", "only the sender (" + b.sender() + ") may change the label");
            }
            return switch (LabelPolicy.change(b.label(), label, true, false)) {
                case LabelPolicy.Verdict.Refused r -> Outcome.<Briefing>invalid("label", r.reason());
                case LabelPolicy.Verdict.Allowed a -> {
                    if (a.label() == b.label()) yield Outcome.done(b);
                    Briefing next = b.withLabel(a.label());
                    briefings.update(next);
                    events.record(BRIEFING_LABEL_WIDENED, at, by, b.situation(), b.subject(),
                            details("from", b.label().wire(), "to", a.label().wire(), "by_sender", true));
                    yield Outcome.done(next);
                }
            };
        });
    }

    /** The briefing and its per-member receipts, for its sender only. */
    public Outcome<Sent> receipts(long id, String by) {
        return transactions.inTransaction(tx -> {
            Briefing b = briefings.find(id).orElse(null);
            if (b == null) return Outcome.notFound("briefing", "names no known briefing");
            if (!b.sender().equals(by)) return Outcome.forbidden("actor", "only the sender (" + b.sender() + ") sees the receipts");
            return Outcome.done(new Sent(b, deliveries.of(b.subject())));
        });
    }

    /** One member's own receipt of a briefing (empty when they are not a recipient): what a member may see of the receipts. */
    public Optional<Delivery> receiptOf(long id, String member) {
        return briefings.find(id).flatMap(b -> deliveries.of(b.subject()).stream().filter(d -> d.recipient().equals(member)).findFirst());
    }

    /** A briefing as a member sees it (or its sender): the briefing, without anyone else's receipts. */
    public Optional<Briefing> find(long id) { return briefings.find(id); }

    public List<Briefing> list(String situation) { return briefings.list(situation); }

    public static Message message(Briefing b) {
        String subject = "[" + b.label().label() + "] Briefing " + b.id() + " — " + b.situation() + ": " + b.title();
        String body = b.label().label() + " (" + b.label().meaning() + ")"
                + (b.marking() == null ? "" : "; sender's marking: \"" + b.marking() + "\"")
                + "\n\nTo every member of " + b.group() + ", at the same time (" + b.deliveredAt() + "), from " + b.sender() + ".\n\n"
                + (b.alert() == null ? "" : "Concerning alert " + b.alert() + ".\n\n")
                + b.text() + (b.evidence().isEmpty() ? "" : "\n\nEvidence: " + String.join(", ", b.evidence()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("briefing", b.id());
        payload.put("situation", b.situation());
        payload.put("group", b.group());
        payload.put("title", b.title());
        payload.put("text", b.text());
        payload.put("label", b.label().wire());
        if (b.marking() != null) payload.put("marking", b.marking());
        payload.put("sender", b.sender());
        payload.put("evidence", b.evidence());
        if (b.alert() != null) payload.put("alert", b.alert());
        payload.put("delivered_at", b.deliveredAt().toString());
        return new Message(subject, body, payload);
    }
}
