package org.tocsin.escalation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.common.Parsed;
import org.tocsin.common.TocsinException;
import org.tocsin.escalation.EscalationPolicy;
import org.tocsin.escalation.PolicyJson;
import org.tocsin.escalation.PolicyStore;

import java.time.Instant;
import java.util.Optional;

import static org.tocsin.escalation.jdbc.Documents.utc;

/** Escalation policies in PostgreSQL, in the API's JSON shape ({@link PolicyJson}). */
public final class JdbcPolicyStore implements PolicyStore {

    private final JdbcTemplate jdbc;

    public JdbcPolicyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EscalationPolicy> find(String situation) {
        return jdbc.queryForList("select policy::text from escalation_policy where situation = ?", String.class, situation).stream()
                .findFirst().map(json -> switch (PolicyJson.parse(Documents.JSON.readTree(json))) {
                    case Parsed.Ok<EscalationPolicy> ok -> ok.value();
                    case Parsed.Refused<EscalationPolicy> r -> throw new TocsinException("stored policy of " + situation + " is invalid: " + r.errors());
                });
    }

    @Override
    public void save(String situation, EscalationPolicy policy, String by, Instant at) {
        jdbc.update("""
                insert into escalation_policy (situation, policy, set_by, set_at) values (?, ?::jsonb, ?, ?)
                on conflict (situation) do update set policy = excluded.policy, set_by = excluded.set_by, set_at = excluded.set_at""",
                situation, Documents.write(PolicyJson.toMap(policy)), by, utc(at));
    }
}
