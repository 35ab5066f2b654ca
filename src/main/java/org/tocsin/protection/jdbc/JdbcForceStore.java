package org.tocsin.protection.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.protection.ForceStore;
import org.tocsin.protection.ForceVersion;
import org.tocsin.protection.VersionInfo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Force versions in PostgreSQL ({@code force_version}, append-only). */
public final class JdbcForceStore implements ForceStore {

    private static final String INFO = "situation, version, digest, origin, reason, created_by, created_at";
    private static final RowMapper<VersionInfo> INFO_MAPPER = (rs, n) -> new VersionInfo(rs.getString("situation"),
            rs.getInt("version"), rs.getString("digest"), VersionInfo.Origin.parse(rs.getString("origin")), rs.getString("reason"),
            rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    private static final RowMapper<ForceVersion> MAPPER = (rs, n) -> new ForceVersion(INFO_MAPPER.mapRow(rs, n),
            rs.getString("document"));

    private final JdbcTemplate jdbc;

    public JdbcForceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean append(ForceVersion v) {
        VersionInfo i = v.info();
        return jdbc.update("""
                insert into force_version (situation, version, document, digest, origin, reason, created_by, created_at)
                values (?, ?, ?::jsonb, ?, ?, ?, ?, ?) on conflict (situation, version) do nothing""",
                i.situation(), i.version(), v.document(), i.digest(), i.origin().wire(), i.reason(), i.createdBy(),
                i.createdAt().atOffset(ZoneOffset.UTC)) == 1;
    }

    @Override
    public Optional<ForceVersion> latest(String situation) {
        return jdbc.query("select " + INFO + ", document::text as document from force_version where situation = ?"
                + " order by version desc limit 1", MAPPER, situation).stream().findFirst();
    }

    @Override
    public Optional<ForceVersion> find(String situation, int version) {
        return jdbc.query("select " + INFO + ", document::text as document from force_version where situation = ? and version = ?",
                MAPPER, situation, version).stream().findFirst();
    }

    @Override
    public List<VersionInfo> history(String situation) {
        return jdbc.query("select " + INFO + " from force_version where situation = ? order by version", INFO_MAPPER, situation);
    }
}
