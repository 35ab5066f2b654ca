package org.tocsin.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.access.AccountService;
import org.tocsin.access.ApiToken;
import org.tocsin.access.Grant;
import org.tocsin.access.Outcome;
import org.tocsin.access.Permission;
import org.tocsin.access.Role;
import org.tocsin.access.Viewer;
import org.tocsin.common.FieldError;
import org.tocsin.situation.SituationId;
import org.tocsin.web.security.Forbidden;
import org.tocsin.web.security.Guard;
import org.tocsin.web.security.Requires;
import org.tocsin.web.security.SignedIn;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts, role grants and API tokens. Admins create accounts and grant roles (journaled);
 * everyone signed in reads their own roles ({@code /api/me}) and keeps their own tokens, which can
 * never carry more than the person's roles allow (scopes narrow, never widen).
 */
@RestController
class AccountController {

    private static final int MAX = 64 * 1024;

    private final AccountService accounts;
    private final Guard guard;
    private final Clock clock;

    AccountController(AccountService accounts, Guard guard, Clock clock) {
        this.accounts = accounts;
        this.guard = guard;
        this.clock = clock;
    }

    @SignedIn
    @GetMapping("/api/me")
    Map<String, Object> me(HttpServletRequest request) {
        Viewer v = guard.viewer(request);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("person", v.person());
        out.put("grants", v.grants().stream().map(AccountController::grant).toList());
        out.put("groups", v.groups().stream().sorted().toList());
        out.put("scopes", v.scopes() == null ? null : v.scopes().stream().map(Permission::scope).sorted().toList());
        return out;
    }

    /**
     * Body: {@code {"current": "...", "new": "..."}}: one's own password, proving the current one (a
     * wrong one counts towards the lockout like any failed sign-in). Not with an API token: a token
     * that leaks must not be enough to take over the account.
     */
    @SignedIn
    @PostMapping("/api/me/password")
    ResponseEntity<Object> changePassword(HttpServletRequest request) throws IOException {
        Viewer v = guard.viewer(request);
        if (v.scopes() != null) throw new Forbidden("A password is changed when signed in with it, not with a token.", null);
        JsonNode body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String current = body.path("current").isString() ? body.path("current").stringValue() : null;
        String next = body.path("new").isString() ? body.path("new").stringValue() : null;
        if (!(accounts.signIn(v.person(), current, clock.instant()) instanceof AccountService.SignIn.Accepted)) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", "Password not changed", "current",
                    "is not your current password"));
        }
        return EscalationJson.ok(accounts.changePassword(v.person(), next, v.person(), clock.instant()), a -> Map.of("person", a.person(), "changed", true));
    }

    /** Body: {@code {"password": "..."}}. The person must exist in the directory. */
    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE)
    @PostMapping("/api/people/{id}/account")
    ResponseEntity<Object> createAccount(@PathVariable String id, HttpServletRequest request) throws IOException {
        JsonNode body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        String password = body.path("password").isString() ? body.path("password").stringValue() : null;
        Outcome<?> out = accounts.createAccount(id, password, false, guard.viewer(request).person(), clock.instant());
        return EscalationJson.created(out, a -> "/api/people/" + id + "/account", a -> Map.of("person", id, "created", true));
    }

    @Requires(value = Permission.DIRECTORY_READ, from = Requires.From.SOMEWHERE)
    @GetMapping("/api/people/{id}/grants")
    List<Map<String, Object>> grants(@PathVariable String id) {
        return accounts.grants(id).stream().map(AccountController::grant).toList();
    }

    /** Body: {@code {"situation": "rwanda-1993-1994" or "*", "role": "analyst"}}. */
    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE)
    @PostMapping("/api/people/{id}/grants")
    ResponseEntity<Object> grant(@PathVariable String id, HttpServletRequest request) throws IOException {
        var g = grantInput(request);
        return EscalationJson.created(accounts.grant(id, g.situation(), g.role(), guard.viewer(request).person(), clock.instant()),
                x -> "/api/people/" + id + "/grants", AccountController::grant);
    }

    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE)
    @PostMapping("/api/people/{id}/grants/revoke")
    ResponseEntity<Object> revoke(@PathVariable String id, HttpServletRequest request) throws IOException {
        var g = grantInput(request);
        return EscalationJson.ok(accounts.revoke(id, g.situation(), g.role(), guard.viewer(request).person(), clock.instant()),
                AccountController::grant);
    }

    private record GrantInput(String situation, Role role) {}

    private static GrantInput grantInput(HttpServletRequest request) throws IOException {
        JsonNode body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        List<FieldError> errors = new ArrayList<>();
        String situation = body.path("situation").isString() ? body.path("situation").stringValue() : null;
        if (situation == null || !(Grant.ALL_SITUATIONS.equals(situation) || SituationId.valid(situation))) {
            errors.add(new FieldError("situation", "must be a situation id, or * for every situation"));
        }
        Role role = body.path("role").isString() ? Role.parse(body.path("role").stringValue()).orElse(null) : null;
        if (role == null) errors.add(new FieldError("role", "must be one of " + java.util.Arrays.stream(Role.values()).map(Role::wire).toList()));
        if (!errors.isEmpty()) throw ApiProblem.raise(ApiProblem.invalid("Invalid grant", errors));
        return new GrantInput(situation, role);
    }

    /**
     * Body: {@code {"name": "gdelt-feed", "scopes": ["signal:submit", "signal:import"], "expires_at":
     * "2027-06-01T00:00:00Z", "person": "optional, admins only"}}. The secret is in this answer only.
     */
    @SignedIn
    @PostMapping("/api/tokens")
    ResponseEntity<Object> issue(HttpServletRequest request) throws IOException {
        JsonNode body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        Viewer v = guard.viewer(request);
        String person = body.path("person").isString() ? body.path("person").stringValue() : v.person();
        if (!person.equals(v.person()) && !v.canEverywhere(Permission.DIRECTORY_EDIT)) {
            throw new Forbidden("Only an administrator issues tokens for someone else.", Permission.DIRECTORY_EDIT.scope());
        }
        // a token made with a token can carry at most that token's scopes, and only for its own person
        if (v.scopes() != null && !person.equals(v.person())) throw new Forbidden("Tokens for others are issued by a signed-in administrator.", null);
        List<FieldError> errors = new ArrayList<>();
        Set<Permission> scopes = EnumSet.noneOf(Permission.class);
        if (body.path("scopes").isArray()) {
            for (JsonNode s : body.path("scopes")) {
                var p = s.isString() ? Permission.fromScope(s.stringValue()) : java.util.Optional.<Permission>empty();
                if (p.isEmpty()) errors.add(new FieldError("scopes", "names an unknown scope: each is one of "
                        + java.util.Arrays.stream(Permission.values()).map(Permission::scope).toList()));
                else if (v.scopes() != null && !v.scopes().contains(p.get())) errors.add(new FieldError("scopes", "cannot exceed the scopes of the token used"));
                else scopes.add(p.get());
            }
        }
        Instant expires = null;
        if (body.path("expires_at").isString()) {
            try {
                expires = Instant.parse(body.path("expires_at").stringValue());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("expires_at", "must be an ISO-8601 instant such as 2027-06-01T00:00:00Z"));
            }
        }
        if (!errors.isEmpty()) throw ApiProblem.raise(ApiProblem.invalid("Invalid token", errors));
        String name = body.path("name").isString() ? body.path("name").stringValue() : null;
        return EscalationJson.created(accounts.issueToken(person, name, scopes, expires, v.person(), clock.instant()),
                t -> "/api/tokens/" + t.token().id(), t -> {
                    Map<String, Object> m = token(t.token());
                    m.put("secret", t.secret());
                    return m;
                });
    }

    @SignedIn
    @GetMapping("/api/tokens")
    List<Map<String, Object>> tokens(HttpServletRequest request) {
        return accounts.tokens(guard.viewer(request).person()).stream().map(AccountController::token).toList();
    }

    /** One's own token, or anyone's for an administrator. */
    @SignedIn
    @PostMapping("/api/tokens/{id}/revoke")
    ResponseEntity<Object> revokeToken(@PathVariable long id, HttpServletRequest request) {
        Viewer v = guard.viewer(request);
        var token = accounts.token(id);
        if (token.isEmpty() || (!token.get().person().equals(v.person()) && !v.canEverywhere(Permission.DIRECTORY_EDIT))) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.NOT_FOUND, "unknown-token", "Unknown token", "id", "names no token of yours"));
        }
        return EscalationJson.ok(accounts.revokeToken(id, v.person(), clock.instant()), AccountController::token);
    }

    private static Map<String, Object> grant(Grant g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person", g.person());
        m.put("situation", g.situation());
        m.put("role", g.role().wire());
        m.put("granted_by", g.grantedBy());
        m.put("granted_at", EscalationJson.text(g.grantedAt()));
        return m;
    }

    private static Map<String, Object> token(ApiToken t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("person", t.person());
        m.put("name", t.name());
        m.put("scopes", t.scopes().stream().map(Permission::scope).sorted().toList());
        m.put("created_at", EscalationJson.text(t.createdAt()));
        m.put("expires_at", EscalationJson.text(t.expiresAt()));
        m.put("revoked_at", EscalationJson.text(t.revokedAt()));
        m.put("last_used_at", EscalationJson.text(t.lastUsedAt()));
        return m;
    }
}
