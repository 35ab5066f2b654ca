package org.tocsin.escalation;

import java.util.List;

/** The history of alerts, requests, deliveries and briefings, in order. Append-only. */
public interface EventHistory {

    void append(EscalationEvent event);

    /** Every event of a subject (e.g. {@code alert:42}), oldest first. */
    List<EscalationEvent> of(String subject);

    /** Every event of a situation, oldest first. */
    List<EscalationEvent> ofSituation(String situation);
}
