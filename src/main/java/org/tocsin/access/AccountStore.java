package org.tocsin.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where accounts, grants and API tokens are kept. */
public interface AccountStore {

    Optional<Account> account(String person);

    /** False when the person already has an account. */
    boolean createAccount(Account account);

    void setPassword(String person, String hash);

    void recordFailure(String person, int failedAttempts, Instant lockedUntil);

    void recordSuccess(String person);

    boolean anyDemoAccount();

    List<Grant> grants(String person);

    List<Grant> grantsIn(String situation);

    /** False when the person already holds the role there. */
    boolean grant(Grant grant);

    /** False when there was no such grant. */
    boolean revoke(String person, String situation, Role role);

    /** The group ids the person is a member of. */
    List<String> groupsOf(String person);

    long insertToken(ApiToken token, String secretHash);

    Optional<ApiToken> tokenByHash(String secretHash);

    Optional<ApiToken> token(long id);

    List<ApiToken> tokens(String person);

    boolean revokeToken(long id, Instant at);

    void touchToken(long id, Instant at);

    /** The person linked to an OpenID Connect identity (issuer + subject), if any. */
    Optional<String> personForOidc(String issuer, String subject);

    void linkOidc(String person, String issuer, String subject);

    /** Whether any OpenID Connect identity is linked to the person. */
    boolean hasOidcLink(String person);
}
