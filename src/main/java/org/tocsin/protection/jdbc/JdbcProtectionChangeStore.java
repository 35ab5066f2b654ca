package org.tocsin.protection.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.common.TocsinException;
import org.tocsin.protection.ChangeForm;
import org.tocsin.protection.ProposedChange;
import org.tocsin.protection.ProtectionChange;
import org.tocsin.protection.ProtectionChangeStore;
import org.tocsin.protection.RecordedChange;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Changes that reduce protection, with their impact assessments, in PostgreSQL ({@code protection_change}, append-only). */
public final class JdbcProtectionChangeStore implements ProtectionChangeStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final String COLUMNS = "id, situation, kind, contingent, site, target_strength, form, effective_on, force_version,"
            + " proposed_by, occurred_at, recorded_at, rationale, impact::text as impact, impact_text";

    private final JdbcTemplate jdbc;

    private final RowMapper<RecordedChange> mapper = (rs, n) -> {
        ProposedChange change = switch (rs.getString("kind")) {
            case "withdrawal" -> new ProposedChange.Withdrawal(rs.getString("contingent"));
            case "site_left" -> new ProposedChange.SiteLeft(rs.getString("site"));
            case "force_cut" -> new ProposedChange.ForceCut(rs.getLong("target_strength"));
            default -> throw new TocsinException("unknown protection change kind " + rs.getString("kind"));
        };
        ProtectionChange c = new ProtectionChange(rs.getString("situation"), change,
                ChangeForm.parse(rs.getString("form")).orElseThrow(), rs.getObject("effective_on", LocalDate.class),
                rs.getInt("force_version"), rs.getString("proposed_by"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("rationale"));
        return new RecordedChange(rs.getLong("id"), c, map(rs.getString("impact")), rs.getString("impact_text"));
    };

    public JdbcProtectionChangeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordedChange insert(ProtectionChange c, Map<String, Object> impact, String impactText) {
        String contingent = c.change() instanceof ProposedChange.Withdrawal w ? w.contingent() : null;
        String site = c.change() instanceof ProposedChange.SiteLeft s ? s.site() : null;
        Long target = c.change() instanceof ProposedChange.ForceCut f ? f.targetStrength() : null;
        String json;
        try {
            json = JSON.writeValueAsString(impact);
        } catch (JacksonException e) {
            throw new TocsinException("could not write an impact assessment as JSON", e);
        }
        Long id = jdbc.queryForObject("""
                insert into protection_change (situation, kind, contingent, site, target_strength, form, effective_on, force_version,
                    proposed_by, occurred_at, recorded_at, rationale, impact, impact_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) returning id""", Long.class,
                c.situation(), c.change().kind(), contingent, site, target, c.form().wire(), c.effectiveOn(), c.forceVersion(),
                c.proposedBy(), c.occurredAt().atOffset(ZoneOffset.UTC), c.recordedAt().atOffset(ZoneOffset.UTC), c.rationale(),
                json, impactText);
        return new RecordedChange(id, c, map(json), impactText);
    }

    @Override
    public Optional<RecordedChange> find(String situation, long id) {
        return jdbc.query("select " + COLUMNS + " from protection_change where situation = ? and id = ?", mapper, situation, id)
                .stream().findFirst();
    }

    @Override
    public List<RecordedChange> list(String situation) {
        return jdbc.query("select " + COLUMNS + " from protection_change where situation = ? order by id desc", mapper, situation);
    }

    private static Map<String, Object> map(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JacksonException e) {
            throw new TocsinException("a stored impact assessment is not JSON", e);
        }
    }
}
