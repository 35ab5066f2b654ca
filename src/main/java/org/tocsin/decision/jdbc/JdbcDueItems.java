package org.tocsin.decision.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.decision.DeterminationDue;
import org.tocsin.decision.DueItems;
import org.tocsin.decision.Prefill;
import org.tocsin.decision.TriggerSignal;
import org.tocsin.fusion.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.tocsin.decision.jdbc.DecisionDocuments.instant;
import static org.tocsin.decision.jdbc.DecisionDocuments.utc;

/**
 * "Determination due" items in PostgreSQL. A partial unique index keeps one open item per situation
 * and type, so two transactions that find the same prompt open it once.
 */
public final class JdbcDueItems implements DueItems {

    /** What the columns do not hold. */
    record Doc(String reason, RiskLevel level, List<TriggerSignal> evidence, Prefill prefill) {}

    private static final RowMapper<DeterminationDue> MAPPER = (rs, n) -> {
        Doc doc = DecisionDocuments.read(rs.getString("doc"), Doc.class);
        long closedBy = rs.getLong("closed_by");
        DeterminationDue.State state = rs.wasNull() ? new DeterminationDue.State.Open()
                : new DeterminationDue.State.Closed(closedBy, instant(rs, "closed_at"));
        return new DeterminationDue(rs.getLong("id"), rs.getString("situation"), rs.getString("type"), rs.getString("rule"),
                doc.reason(), rs.getObject("as_of", java.time.LocalDate.class), doc.level(), doc.evidence(), doc.prefill(),
                instant(rs, "opened_at"), instant(rs, "deadline"), state);
    };
    private static final String SELECT = """
            select id, situation, type, rule, as_of, opened_at, deadline, doc::text as doc, closed_by, closed_at
            from determination_due
            """;

    private final JdbcTemplate jdbc;

    public JdbcDueItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DeterminationDue> open(DeterminationDue due) {
        List<Long> ids = jdbc.queryForList("""
                insert into determination_due (situation, type, rule, as_of, opened_at, deadline, doc)
                values (?, ?, ?, ?, ?, ?, ?::jsonb)
                on conflict (situation, type) where closed_by is null do nothing returning id""", Long.class,
                due.situation(), due.type(), due.rule(), due.asOf(), utc(due.openedAt()), utc(due.deadline()),
                DecisionDocuments.write(new Doc(due.reason(), due.level(), due.evidence(), due.prefill())));
        return ids.isEmpty() ? Optional.empty() : Optional.of(due.withId(ids.getFirst()));
    }

    @Override
    public List<DeterminationDue> close(String situation, String type, long determination, Instant at) {
        List<Long> ids = jdbc.queryForList("""
                update determination_due set closed_by = ?, closed_at = ?
                where situation = ? and type = ? and closed_by is null returning id""", Long.class,
                determination, utc(at), situation, type);
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<DeterminationDue> find(long id) {
        return jdbc.query(SELECT + "where id = ?", MAPPER, id).stream().findFirst();
    }

    @Override
    public Optional<DeterminationDue> openItem(String situation, String type) {
        return jdbc.query(SELECT + "where situation = ? and type = ? and closed_by is null", MAPPER, situation, type).stream().findFirst();
    }

    @Override
    public List<DeterminationDue> list(String situation) {
        return jdbc.query(SELECT + "where situation = ? order by id desc", MAPPER, situation);
    }

    @Override
    public List<DeterminationDue> overdue(Instant now) {
        return jdbc.query(SELECT + "where closed_by is null and deadline < ? order by deadline, id", MAPPER, utc(now));
    }
}
