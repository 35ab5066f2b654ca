package org.tocsin.access;

import org.tocsin.audit.Journal;
import org.tocsin.audit.JournalEvent;
import org.tocsin.common.Transactions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts, role grants and API tokens: who can sign in, and as whom a request acts.
 *
 * <p>Every grant, revocation, account and token change is journaled in the same transaction
 * ({@code permission.granted} and so on), so "who could see this, and since when" has the same proof
 * as "who saw it".
 *
 * <p>Failed sign-ins are counted per account; after {@link #MAX_FAILURES} in a row the account is
 * locked for {@link #LOCKOUT}, doubling with each further lockout up to a day. An unknown account
 * costs the same password hash as a known one, so timing does not tell which ids exist.
 */
public final class AccountService {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final Duration MAX_LOCKOUT = Duration.ofDays(1);
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 256;
    /** Tokens expire; a year is the longest a machine credential may live without renewal. */
    public static final Duration MAX_TOKEN_LIFE = Duration.ofDays(366);
    public static final String TOKEN_PREFIX = "tcs_";

    private final AccountStore store;
    private final DirectoryView directory;
    private final PasswordHashing hashing;
    private final Journal journal;
    private final Transactions transactions;
    private final SecureRandom random = new SecureRandom();
    /** Hashed once, so that an unknown account costs one Argon2 verification like a known one. */
    private final String dummyHash;

    public AccountService(AccountStore store, DirectoryView directory, PasswordHashing hashing, Journal journal, Transactions transactions) {
        this.store = store;
        this.directory = directory;
        this.hashing = hashing;
        this.journal = journal;
        this.transactions = transactions;
        this.dummyHash = hashing.hash("tocsin-dummy-password-for-timing");
    }

    // ---- accounts and sign-in ------------------------------------------------------------------

    public Outcome<Account> createAccount(String person, String password, boolean demo, String by, Instant at) {
        if (directory.person(person).isEmpty()) return Outcome.notFound("person", "names no person in the directory");
        Optional<String> weak = passwordProblem(password, person);
        if (weak.isPresent()) return Outcome.invalid("password", weak.get());
        Account account = new Account(person, hashing.hash(password), true, 0, null, demo, at);
        return transactions.inTransaction(tx -> {
            if (!store.createAccount(account)) return Outcome.<Account>conflict("person", "already has an account");
            journal.append(new JournalEvent("account.created", at, by, null, "person:" + person, Map.of("demo", demo)));
            return Outcome.done(account);
        });
    }

    public Outcome<Account> changePassword(String person, String password, String by, Instant at) {
        Optional<Account> account = store.account(person);
        if (account.isEmpty()) return Outcome.notFound("person", "has no account");
        Optional<String> weak = passwordProblem(password, person);
        if (weak.isPresent()) return Outcome.invalid("password", weak.get());
        return transactions.inTransaction(tx -> {
            store.setPassword(person, hashing.hash(password));
            journal.append(new JournalEvent("account.password_changed", at, by, null, "person:" + person, Map.of()));
            return Outcome.done(store.account(person).orElseThrow());
        });
    }

    static Optional<String> passwordProblem(String password, String person) {
        if (password == null || password.length() < MIN_PASSWORD) return Optional.of("must be at least " + MIN_PASSWORD + " characters");
        if (password.length() > MAX_PASSWORD) return Optional.of("must be at most " + MAX_PASSWORD + " characters");
        if (password.equalsIgnoreCase(person)) return Optional.of("must not be the account's id");
        return Optional.empty();
    }

    /** The result of a sign-in attempt. The refusal does not say whether the account exists. */
    public sealed interface SignIn {
        record Accepted(String person) implements SignIn {}

        record Refused() implements SignIn {}

        record Locked(Instant until) implements SignIn {}
    }

    public SignIn signIn(String person, String password, Instant at) {
        Optional<Account> found = person == null ? Optional.empty() : store.account(person);
        if (found.isEmpty() || password == null) {
            hashing.matches(password == null ? "" : password, dummyHash);
            return new SignIn.Refused();
        }
        Account account = found.get();
        if (account.lockedAt(at)) return new SignIn.Locked(account.lockedUntil());
        if (!account.enabled() || !hashing.matches(password, account.passwordHash())) {
            int failures = account.failedAttempts() + 1;
            Instant lockedUntil = null;
            if (failures % MAX_FAILURES == 0) {
                int lockouts = failures / MAX_FAILURES;
                Duration d = LOCKOUT.multipliedBy(1L << Math.min(lockouts - 1, 10));
                lockedUntil = at.plus(d.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : d);
            }
            Instant until = lockedUntil;
            transactions.inTransaction(tx -> {
                store.recordFailure(person, failures, until);
                if (until != null) {
                    journal.append(new JournalEvent("account.locked", at, "system", null, "person:" + person,
                            Map.of("failed_attempts", failures, "until", until.toString())));
                }
                return null;
            });
            return until != null ? new SignIn.Locked(until) : new SignIn.Refused();
        }
        transactions.inTransaction(tx -> {
            store.recordSuccess(person);
            journal.append(new JournalEvent("session.started", at, person, null, "person:" + person, Map.of("method", "password")));
            return null;
        });
        return new SignIn.Accepted(person);
    }

    public Optional<Account> account(String person) { return store.account(person); }

    public boolean anyDemoAccount() { return store.anyDemoAccount(); }

    // ---- grants --------------------------------------------------------------------------------

    public Outcome<Grant> grant(String person, String situation, Role role, String by, Instant at) {
        if (directory.person(person).isEmpty()) return Outcome.notFound("person", "names no person in the directory");
        Grant grant = new Grant(person, situation, role, by, at);
        return transactions.inTransaction(tx -> {
            if (!store.grant(grant)) return Outcome.<Grant>conflict("role", "is already held there");
            journal.append(new JournalEvent("permission.granted", at, by, Grant.ALL_SITUATIONS.equals(situation) ? null : situation,
                    "person:" + person, Map.of("role", role.wire(), "situation", situation)));
            return Outcome.done(grant);
        });
    }

    public Outcome<Grant> revoke(String person, String situation, Role role, String by, Instant at) {
        return transactions.inTransaction(tx -> {
            if (!store.revoke(person, situation, role)) return Outcome.<Grant>notFound("role", "is not held there");
            journal.append(new JournalEvent("permission.revoked", at, by, Grant.ALL_SITUATIONS.equals(situation) ? null : situation,
                    "person:" + person, Map.of("role", role.wire(), "situation", situation)));
            return Outcome.done(new Grant(person, situation, role, by, at));
        });
    }

    public List<Grant> grants(String person) { return store.grants(person); }

    public List<Grant> grantsIn(String situation) { return store.grantsIn(situation); }

    /** What a signed-in person may see and do, read afresh. */
    public Viewer viewer(String person) {
        return Viewer.signedIn(person, store.grants(person), new HashSet<>(store.groupsOf(person)));
    }

    // ---- API tokens ----------------------------------------------------------------------------

    /** A token just issued: the secret is in this value only, never stored. */
    public record IssuedToken(ApiToken token, String secret) {}

    public Outcome<IssuedToken> issueToken(String person, String name, Set<Permission> scopes, Instant expiresAt, String by, Instant at) {
        if (directory.person(person).isEmpty()) return Outcome.notFound("person", "names no person in the directory");
        List<org.tocsin.common.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) errors.add(new org.tocsin.common.FieldError("name", "is required, at most 100 characters"));
        if (scopes == null || scopes.isEmpty()) errors.add(new org.tocsin.common.FieldError("scopes", "must list at least one scope"));
        if (expiresAt == null || !expiresAt.isAfter(at)) errors.add(new org.tocsin.common.FieldError("expires_at", "must be in the future"));
        else if (expiresAt.isAfter(at.plus(MAX_TOKEN_LIFE))) errors.add(new org.tocsin.common.FieldError("expires_at", "must be within 366 days"));
        if (!errors.isEmpty()) return Outcome.invalid(errors);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return transactions.inTransaction(tx -> {
            ApiToken draft = new ApiToken(0, person, name, scopes, at, expiresAt, null, null, by);
            long id = store.insertToken(draft, sha256(secret));
            ApiToken token = new ApiToken(id, person, name, scopes, at, expiresAt, null, null, by);
            journal.append(new JournalEvent("token.issued", at, by, null, "token:" + id,
                    Map.of("person", person, "scopes", scopes.stream().map(Permission::scope).sorted().toList(),
                            "expires_at", expiresAt.toString())));
            return Outcome.done(new IssuedToken(token, secret));
        });
    }

    public Outcome<ApiToken> revokeToken(long id, String by, Instant at) {
        Optional<ApiToken> token = store.token(id);
        if (token.isEmpty()) return Outcome.notFound("id", "names no token");
        return transactions.inTransaction(tx -> {
            if (!store.revokeToken(id, at)) return Outcome.<ApiToken>conflict("id", "is already revoked");
            journal.append(new JournalEvent("token.revoked", at, by, null, "token:" + id, Map.of("person", token.get().person())));
            return Outcome.done(store.token(id).orElseThrow());
        });
    }

    public Optional<ApiToken> token(long id) { return store.token(id); }

    public List<ApiToken> tokens(String person) { return store.tokens(person); }

    /** The viewer a bearer secret stands for, when it names a usable token; marks the token used. */
    public Optional<Viewer> viewerForToken(String secret, Instant at) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 100) return Optional.empty();
        Optional<ApiToken> token = store.tokenByHash(sha256(secret));
        if (token.isEmpty() || !token.get().usableAt(at)) return Optional.empty();
        ApiToken t = token.get();
        if (t.lastUsedAt() == null || Duration.between(t.lastUsedAt(), at).toMinutes() >= 1) store.touchToken(t.id(), at);
        return Optional.of(new Viewer(t.person(), store.grants(t.person()), new HashSet<>(store.groupsOf(t.person())), t.scopes()));
    }

    // ---- OpenID Connect ------------------------------------------------------------------------

    public Optional<String> personForOidc(String issuer, String subject) { return store.personForOidc(issuer, subject); }

    public Outcome<String> linkOidc(String person, String issuer, String subject, String by, Instant at) {
        if (directory.person(person).isEmpty()) return Outcome.notFound("person", "names no person in the directory");
        if (store.personForOidc(issuer, subject).isPresent()) return Outcome.conflict("subject", "is already linked");
        return transactions.inTransaction(tx -> {
            store.linkOidc(person, issuer, subject);
            journal.append(new JournalEvent("account.oidc_linked", at, by, null, "person:" + person, Map.of("issuer", issuer)));
            return Outcome.done(person);
        });
    }

    /** Whether an identity is already linked to the person (an automatic link never adds a second). */
    public boolean hasOidcLink(String person) { return store.hasOidcLink(person); }

    public void recordOidcSignIn(String person, String issuer, Instant at) {
        transactions.inTransaction(tx -> {
            journal.append(new JournalEvent("session.started", at, person, null, "person:" + person, Map.of("method", "oidc", "issuer", issuer)));
            return null;
        });
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
