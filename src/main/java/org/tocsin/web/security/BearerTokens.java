package org.tocsin.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tocsin.access.AccountService;
import org.tocsin.access.Grant;
import org.tocsin.access.Role;
import org.tocsin.access.Viewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Authorization: Bearer <secret>} for machine clients: an API token (acting as its person,
 * within its scopes) or the bootstrap admin token from {@code TOCSIN_ADMIN_TOKEN}. A bearer header
 * that names nothing usable is refused outright (401) rather than treated as anonymous, so a revoked
 * or expired token fails loudly. The secret is never logged.
 */
final class BearerTokens extends OncePerRequestFilter {

    /** The principal the bootstrap admin token acts as (it is in the journal as this actor). */
    static final String ADMIN_PRINCIPAL = "tocsin-admin";

    private final AccountService accounts;
    private final byte[] adminTokenHash;
    private final Clock clock;

    BearerTokens(AccountService accounts, String adminToken, Clock clock) {
        this.accounts = accounts;
        this.adminTokenHash = adminToken == null || adminToken.isBlank() ? null : sha256(adminToken);
        this.clock = clock;
    }

    static boolean isBearer(HttpServletRequest request) {
        String h = request.getHeader("Authorization");
        return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader("Authorization").substring(7).trim();
        Optional<TocsinAuthentication> auth = authenticate(secret);
        if (auth.isEmpty()) {
            Problems.write(response, 401, "unauthenticated", "Not signed in",
                    "The bearer token is not valid: unknown, revoked or expired.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<TocsinAuthentication> authenticate(String secret) {
        if (adminTokenHash != null && MessageDigest.isEqual(adminTokenHash, sha256(secret))) {
            Viewer admin = Viewer.signedIn(ADMIN_PRINCIPAL,
                    List.of(new Grant(ADMIN_PRINCIPAL, Grant.ALL_SITUATIONS, Role.ADMIN, "TOCSIN_ADMIN_TOKEN", null)), Set.of());
            return Optional.of(new TocsinAuthentication(admin, "admin-token"));
        }
        return accounts.viewerForToken(secret, clock.instant()).map(v -> new TocsinAuthentication(v, "api-token"));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
