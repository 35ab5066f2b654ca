package org.tocsin.escalation;

import java.time.Instant;
import java.util.Optional;

/** Escalation policies set per situation. */
public interface PolicyStore {

    Optional<EscalationPolicy> find(String situation);

    void save(String situation, EscalationPolicy policy, String by, Instant at);
}
