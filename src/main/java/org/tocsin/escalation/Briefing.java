package org.tocsin.escalation;

import org.tocsin.distribution.Tlp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A briefing to every member of a body at once (M4): in 1994 non-permanent members of the Council
 * learned in late April what others had known since January. Delivered to all members in one
 * transaction with one delivered-at instant, with per-member receipts (delivered, opened,
 * acknowledged); only a delivery held for a disclosure conflict waits for an override.
 *
 * @param id    0 until stored
 * @param alert the alert the briefing concerns, in the same situation, or null
 */
public record Briefing(long id, String situation, String group, String title, String text, Tlp label, String marking,
                       String sender, List<String> evidence, List<String> implicated, Instant deliveredAt, Long alert) {
    public Briefing {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sender, "sender");
        evidence = List.copyOf(evidence);
        implicated = List.copyOf(implicated);
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }

    public String subject() { return "briefing:" + id; }

    public Briefing withId(long newId) {
        return new Briefing(newId, situation, group, title, text, label, marking, sender, evidence, implicated, deliveredAt, alert);
    }

    public Briefing withLabel(Tlp newLabel) {
        return new Briefing(id, situation, group, title, text, newLabel, marking, sender, evidence, implicated, deliveredAt, alert);
    }
}
