package org.tocsin.decision.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.decision.ObligationDefinition;
import org.tocsin.decision.ObligationItem;
import org.tocsin.decision.ObligationState;
import org.tocsin.decision.ObligationStore;
import org.tocsin.decision.ObligationUpdate;

import java.util.List;
import java.util.Optional;

import static org.tocsin.decision.jdbc.DecisionDocuments.instant;
import static org.tocsin.decision.jdbc.DecisionDocuments.utc;

/** Tracked obligation items in PostgreSQL: one active item per situation and obligation (a partial unique index). */
public final class JdbcObligationStore implements ObligationStore {

    /** What the columns do not hold. */
    record Doc(ObligationDefinition.Kind kind, String duty, String source, String provenance, List<Long> determinations,
               List<ObligationUpdate> history) {}

    private static final RowMapper<ObligationItem> MAPPER = (rs, n) -> {
        Doc doc = DecisionDocuments.read(rs.getString("doc"), Doc.class);
        return new ObligationItem(rs.getLong("id"), rs.getString("situation"), rs.getString("obligation"), doc.kind(), doc.duty(),
                doc.source(), doc.provenance(), rs.getString("owner"), instant(rs, "due_at"), doc.determinations(),
                ObligationState.of(rs.getString("status")), doc.history(), instant(rs, "opened_at"));
    };
    private static final String SELECT = """
            select id, situation, obligation, status, owner, due_at, opened_at, doc::text as doc from obligation_item
            """;

    private final JdbcTemplate jdbc;

    public JdbcObligationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String doc(ObligationItem o) {
        return DecisionDocuments.write(new Doc(o.kind(), o.duty(), o.source(), o.provenance(), o.determinations(), o.history()));
    }

    @Override
    public Optional<ObligationItem> insertIfNoneActive(ObligationItem o) {
        List<Long> ids = jdbc.queryForList("""
                insert into obligation_item (situation, obligation, status, active, owner, due_at, opened_at, updated_at, doc)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                on conflict (situation, obligation) where active do nothing returning id""", Long.class,
                o.situation(), o.obligation(), o.state().wire(), o.state().active(), o.owner(), utc(o.dueAt()), utc(o.openedAt()),
                utc(o.openedAt()), doc(o));
        return ids.isEmpty() ? Optional.empty() : Optional.of(o.withId(ids.getFirst()));
    }

    @Override
    public Optional<ObligationItem> lockActive(String situation, String obligation) {
        return jdbc.query(SELECT + "where situation = ? and obligation = ? and active for update", MAPPER, situation, obligation)
                .stream().findFirst();
    }

    @Override
    public Optional<ObligationItem> lock(long id) {
        return jdbc.query(SELECT + "where id = ? for update", MAPPER, id).stream().findFirst();
    }

    @Override
    public void update(ObligationItem o) {
        var updatedAt = o.history().isEmpty() ? o.openedAt() : o.history().getLast().recordedAt();
        jdbc.update("update obligation_item set status = ?, active = ?, owner = ?, updated_at = ?, doc = ?::jsonb where id = ?",
                o.state().wire(), o.state().active(), o.owner(), utc(updatedAt), doc(o), o.id());
    }

    @Override
    public Optional<ObligationItem> find(long id) {
        return jdbc.query(SELECT + "where id = ?", MAPPER, id).stream().findFirst();
    }

    @Override
    public List<ObligationItem> list(String situation) {
        return jdbc.query(SELECT + "where situation = ? order by id", MAPPER, situation);
    }
}
