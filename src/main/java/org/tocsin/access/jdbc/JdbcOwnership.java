package org.tocsin.access.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.access.Ownership;

import java.util.Optional;
import java.util.UUID;

/** Which situation an alert, request, briefing, delivery or signal belongs to. */
public final class JdbcOwnership implements Ownership {

    private final JdbcTemplate jdbc;

    public JdbcOwnership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> ofAlert(long id) { return one("select situation from alert where id = ?", id); }

    @Override
    public Optional<String> ofRequest(long id) { return one("select situation from action_request where id = ?", id); }

    @Override
    public Optional<String> ofBriefing(long id) { return one("select situation from briefing where id = ?", id); }

    @Override
    public Optional<String> ofDelivery(long id) {
        return one("select situation from delivery where id = ?", id);
    }

    @Override
    public Optional<String> ofSignal(UUID uid) { return one("select situation_id from signal where uid = ?", uid); }

    private Optional<String> one(String sql, Object arg) {
        return jdbc.queryForList(sql, String.class, arg).stream().findFirst();
    }
}
