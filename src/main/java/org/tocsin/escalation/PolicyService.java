package org.tocsin.escalation;

import org.tocsin.access.DirectoryView;
import org.tocsin.access.Outcome;
import org.tocsin.common.Parsed;
import org.tocsin.common.Transactions;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

/** Reads and sets a situation's escalation policy; setting one is journaled. */
public final class PolicyService {

    private final Transactions transactions;
    private final PolicyStore policies;
    private final SituationRules rules;
    private final DirectoryView directory;
    private final Events events;

    public PolicyService(Transactions transactions, PolicyStore policies, SituationRules rules, DirectoryView directory, Events events) {
        this.transactions = transactions;
        this.policies = policies;
        this.rules = rules;
        this.directory = directory;
        this.events = events;
    }

    /** The policy in force: the one set, or the default from configuration and the situation file. */
    public Outcome<EscalationPolicy> get(String situation, Instant at) {
        return rules.context(situation, at).<Outcome<EscalationPolicy>>map(c -> Outcome.done(c.policy()))
                .orElseGet(() -> Outcome.notFound("situation", "names no situation known to Tocsin"));
    }

    public Outcome<EscalationPolicy> set(String situation, JsonNode body, String by, Instant at) {
        EscalationPolicy policy;
        switch (PolicyJson.parse(body)) {
            case Parsed.Refused<EscalationPolicy> r -> { return Outcome.invalid(r.errors()); }
            case Parsed.Ok<EscalationPolicy> ok -> policy = ok.value();
        }
        return transactions.inTransaction(tx -> {
            if (directory.person(by).isEmpty()) return Outcome.notFound("actor", "names no known person");
            if (rules.context(situation, at).isEmpty()) return Outcome.notFound("situation", "names no situation known to Tocsin");
            policies.save(situation, policy, by, at);
            events.record(EscalationEvent.POLICY_SET, at, by, situation, "situation:" + situation, PolicyJson.toMap(policy));
            return Outcome.done(policy);
        });
    }
}
