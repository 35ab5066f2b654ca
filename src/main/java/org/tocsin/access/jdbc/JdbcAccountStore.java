package org.tocsin.access.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.tocsin.access.Account;
import org.tocsin.access.AccountStore;
import org.tocsin.access.ApiToken;
import org.tocsin.access.Grant;
import org.tocsin.access.Permission;
import org.tocsin.access.Role;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Accounts, grants, tokens and OIDC links in PostgreSQL. */
public final class JdbcAccountStore implements AccountStore {

    private static final RowMapper<Account> ACCOUNT = (rs, n) -> new Account(rs.getString("person_id"), rs.getString("password_hash"),
            rs.getBoolean("enabled"), rs.getInt("failed_attempts"), instant(rs.getObject("locked_until", OffsetDateTime.class)),
            rs.getBoolean("demo"), instant(rs.getObject("created_at", OffsetDateTime.class)));
    private static final RowMapper<Grant> GRANT = (rs, n) -> new Grant(rs.getString("person_id"), rs.getString("situation"),
            Role.valueOf(rs.getString("role")), rs.getString("granted_by"), instant(rs.getObject("granted_at", OffsetDateTime.class)));
    private static final RowMapper<ApiToken> TOKEN = (rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("person_id"), rs.getString("name"),
            scopes((String[]) rs.getArray("scopes").getArray()), instant(rs.getObject("created_at", OffsetDateTime.class)),
            instant(rs.getObject("expires_at", OffsetDateTime.class)), instant(rs.getObject("revoked_at", OffsetDateTime.class)),
            instant(rs.getObject("last_used_at", OffsetDateTime.class)), rs.getString("created_by"));

    private final JdbcTemplate jdbc;

    public JdbcAccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> account(String person) {
        return jdbc.query("select * from account where person_id = ?", ACCOUNT, person).stream().findFirst();
    }

    @Override
    public boolean createAccount(Account a) {
        return jdbc.update("""
                insert into account (person_id, password_hash, enabled, demo, created_at) values (?, ?, ?, ?, ?)
                on conflict (person_id) do nothing""", a.person(), a.passwordHash(), a.enabled(), a.demo(), utc(a.createdAt())) == 1;
    }

    @Override
    public void setPassword(String person, String hash) {
        jdbc.update("update account set password_hash = ?, failed_attempts = 0, locked_until = null where person_id = ?", hash, person);
    }

    @Override
    public void recordFailure(String person, int failedAttempts, Instant lockedUntil) {
        jdbc.update("update account set failed_attempts = ?, locked_until = coalesce(?, locked_until) where person_id = ?",
                failedAttempts, utc(lockedUntil), person);
    }

    @Override
    public void recordSuccess(String person) {
        jdbc.update("update account set failed_attempts = 0, locked_until = null, last_sign_in_at = now() where person_id = ?", person);
    }

    @Override
    public boolean anyDemoAccount() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from account where demo)", Boolean.class));
    }

    @Override
    public List<Grant> grants(String person) {
        return jdbc.query("select * from role_grant where person_id = ? order by situation, role", GRANT, person);
    }

    @Override
    public List<Grant> grantsIn(String situation) {
        return jdbc.query("select * from role_grant where situation = ? or situation = '*' order by person_id, role", GRANT, situation);
    }

    @Override
    public boolean grant(Grant g) {
        return jdbc.update("""
                insert into role_grant (person_id, situation, role, granted_by, granted_at) values (?, ?, ?, ?, ?)
                on conflict do nothing""", g.person(), g.situation(), g.role().name(), g.grantedBy(), utc(g.grantedAt())) == 1;
    }

    @Override
    public boolean revoke(String person, String situation, Role role) {
        return jdbc.update("delete from role_grant where person_id = ? and situation = ? and role = ?", person, situation, role.name()) == 1;
    }

    @Override
    public List<String> groupsOf(String person) {
        return jdbc.queryForList("select group_id from group_member where person_id = ? order by group_id", String.class, person);
    }

    @Override
    public long insertToken(ApiToken t, String secretHash) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("""
                    insert into api_token (person_id, name, secret_sha256, scopes, created_by, created_at, expires_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, t.person());
            ps.setString(2, t.name());
            ps.setString(3, secretHash);
            ps.setArray(4, c.createArrayOf("text", t.scopes().stream().map(Permission::scope).sorted().toArray()));
            ps.setString(5, t.createdBy());
            ps.setObject(6, utc(t.createdAt()));
            ps.setObject(7, utc(t.expiresAt()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    @Override
    public Optional<ApiToken> tokenByHash(String secretHash) {
        return jdbc.query("select * from api_token where secret_sha256 = ?", TOKEN, secretHash).stream().findFirst();
    }

    @Override
    public Optional<ApiToken> token(long id) {
        return jdbc.query("select * from api_token where id = ?", TOKEN, id).stream().findFirst();
    }

    @Override
    public List<ApiToken> tokens(String person) {
        return jdbc.query("select * from api_token where person_id = ? order by id", TOKEN, person);
    }

    @Override
    public boolean revokeToken(long id, Instant at) {
        return jdbc.update("update api_token set revoked_at = ? where id = ? and revoked_at is null", utc(at), id) == 1;
    }

    @Override
    public void touchToken(long id, Instant at) {
        jdbc.update("update api_token set last_used_at = ? where id = ?", utc(at), id);
    }

    @Override
    public Optional<String> personForOidc(String issuer, String subject) {
        return jdbc.queryForList("select person_id from oidc_identity where issuer = ? and subject = ?", String.class, issuer, subject)
                .stream().findFirst();
    }

    @Override
    public void linkOidc(String person, String issuer, String subject) {
        jdbc.update("insert into oidc_identity (issuer, subject, person_id) values (?, ?, ?) on conflict do nothing", issuer, subject, person);
    }

    @Override
    public boolean hasOidcLink(String person) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from oidc_identity where person_id = ?)", Boolean.class, person));
    }

    private static Set<Permission> scopes(String[] names) {
        return Arrays.stream(names).map(Permission::fromScope).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    private static OffsetDateTime utc(Instant i) { return i == null ? null : i.atOffset(ZoneOffset.UTC); }

    private static Instant instant(OffsetDateTime t) { return t == null ? null : t.toInstant(); }
}
