package org.tocsin.escalation;

import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What escalation needs of a situation at a moment: its file's details and its escalation policy
 * (the one set through the API, or the default built from configuration and the file).
 */
public final class SituationRules {

    public record Context(Situation situation, SituationDetails details, EscalationPolicy policy) {
        public String id() { return situation.id(); }
    }

    private final SituationStore situations;
    private final PolicyStore policies;
    private final EscalationPolicy.Defaults defaults;

    public SituationRules(SituationStore situations, PolicyStore policies, EscalationPolicy.Defaults defaults) {
        this.situations = situations;
        this.policies = policies;
        this.defaults = defaults;
    }

    public EscalationPolicy.Defaults defaults() { return defaults; }

    public Optional<Context> context(String situation, Instant at) {
        return situations.find(situation).map(s -> {
            SituationDetails details = SituationDetails.of(s);
            EscalationPolicy policy = policies.find(s.id())
                    .orElseGet(() -> EscalationPolicy.defaultFor(details, defaults, LocalDate.ofInstant(at, ZoneOffset.UTC)));
            return new Context(s, details, policy);
        });
    }
}
