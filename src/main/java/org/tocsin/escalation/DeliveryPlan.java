package org.tocsin.escalation;

import org.tocsin.access.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who gets a delivery now and whose delivery is held: every recipient is checked against the
 * {@link DisclosurePolicy}; the others are never held back because one is in conflict.
 */
public record DeliveryPlan(List<Person> deliver, List<Held> held, List<String> unresolved) {

    public record Held(Person person, String actor, String warning) {}

    public DeliveryPlan {
        deliver = List.copyOf(deliver);
        held = List.copyOf(held);
        unresolved = List.copyOf(unresolved);
    }

    public static DeliveryPlan of(Recipients.Resolution resolution, Set<String> implicated, Actors actors) {
        List<Person> deliver = new ArrayList<>();
        List<Held> held = new ArrayList<>();
        for (Person p : resolution.people()) {
            switch (DisclosurePolicy.check(p, implicated, actors)) {
                case DisclosurePolicy.Verdict.Clear c -> deliver.add(p);
                case DisclosurePolicy.Verdict.Conflict c -> held.add(new Held(p, c.actor(), c.warning()));
            }
        }
        return new DeliveryPlan(deliver, held, resolution.unresolved());
    }

    /**
     * The plan, given earlier deliveries of the same subject: a person whose delivery was released by
     * an override receives this one too (the override covers the subject); a person whose delivery is
     * still held is not held a second time (the first one waits for the override).
     */
    public DeliveryPlan given(List<Delivery> prior) {
        List<Person> d = new ArrayList<>(deliver);
        List<Held> h = new ArrayList<>();
        for (Held x : held) {
            boolean released = prior.stream().anyMatch(p -> p.recipient().equals(x.person().id()) && p.status() == Delivery.Status.RELEASED);
            boolean waiting = prior.stream().anyMatch(p -> p.recipient().equals(x.person().id()) && p.status() == Delivery.Status.HELD);
            if (released) d.add(x.person());
            else if (!waiting) h.add(x);
        }
        return new DeliveryPlan(d, h, unresolved);
    }

    public List<String> deliveredIds() { return deliver.stream().map(Person::id).toList(); }

    public List<String> heldIds() { return held.stream().map(h -> h.person().id()).toList(); }
}
