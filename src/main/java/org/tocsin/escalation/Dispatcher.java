package org.tocsin.escalation;

import org.tocsin.access.Person;
import org.tocsin.notification.Notification;
import org.tocsin.notification.Outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Delivers one message to the people a delivery plan names, in the caller's transaction: a delivery
 * record per person, a notification per channel they have (e-mail, webhook) through the outbox, and
 * one journaled event naming every recipient; a held delivery is recorded with its warning
 * ({@code disclosure.held}) and sends nothing.
 */
public final class Dispatcher {

    private final DeliveryStore deliveries;
    private final Outbox outbox;
    private final Events events;

    public Dispatcher(DeliveryStore deliveries, Outbox outbox, Events events) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.events = events;
    }

    /**
     * @param eventType   e.g. {@code alert.delivered}, {@code briefing.delivered}
     * @param dispatchKey unique for this dispatch of this subject (makes notification idempotency keys)
     * @param extra       further details for the journaled event (level, reason …)
     */
    public List<Delivery> dispatch(String subject, String situation, DeliveryPlan plan, Message message, String reason,
                                   String eventType, String dispatchKey, String actor, Instant at, Map<String, Object> extra) {
        List<Delivery> out = new ArrayList<>();
        List<String> addressless = new ArrayList<>();
        for (Person p : plan.deliver()) {
            out.add(deliveries.insert(Delivery.delivered(subject, situation, p.id(), reason, at)));
            if (notify(p, message, situation, dispatchKey, at) == 0) addressless.add(p.id());
        }
        List<String> held = new ArrayList<>();
        for (DeliveryPlan.Held h : plan.held()) {
            Delivery d = deliveries.insert(Delivery.held(subject, situation, h.person().id(), reason, at, h.actor(), h.warning()));
            out.add(d);
            held.add(h.person().id());
            events.record(EscalationEvent.DISCLOSURE_HELD, at, actor, situation, d.ref(), Events.details(
                    "for", subject, "recipient", h.person().id(), "represents", h.person().represents(),
                    "implicated_actor", h.actor(), "warning", h.warning()));
        }
        Map<String, Object> details = Events.details("recipients", plan.deliveredIds(), "held", held,
                "unresolved", plan.unresolved(), "without_address", addressless, "reason", reason);
        details.putAll(extra);
        events.record(eventType, at, actor, situation, subject, details);
        return out;
    }

    /** Sends one message to one person (a release after an override); returns how many notifications were queued. */
    public int notify(Person p, Message message, String situation, String dispatchKey, Instant at) {
        int n = 0;
        if (p.email() != null) {
            outbox.enqueue(new Notification(Notification.Channel.EMAIL, p.id(), p.email(), message.subject(), message.body(),
                    message.payload(), dispatchKey + ":" + p.id() + ":email", situation, at));
            n++;
        }
        if (p.webhook() != null) {
            outbox.enqueue(new Notification(Notification.Channel.WEBHOOK, p.id(), p.webhook(), message.subject(), message.body(),
                    message.payload(), dispatchKey + ":" + p.id() + ":webhook", situation, at));
            n++;
        }
        return n;
    }

    /** The set of people a plan reaches now (delivered, not held). */
    public static Set<String> reached(DeliveryPlan plan) { return Set.copyOf(plan.deliveredIds()); }
}
