package org.tocsin.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.access.AccountService;
import org.tocsin.access.ApiToken;
import org.tocsin.access.Grant;
import org.tocsin.access.Outcome;
import org.tocsin.access.Permission;
import org.tocsin.access.Viewer;
import org.tocsin.common.FieldError;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;
import org.tocsin.web.security.SignedIn;
import org.tocsin.web.security.Viewers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One's own account: who one is, the roles one holds per situation, one's password and one's API
 * tokens. Every change goes through {@link AccountService}, which journals it, as the API's
 * {@code /api/me/password} and {@code /api/tokens} do. A token's secret is shown once, on the page
 * that answers its creation, which no cache keeps.
 */
@Controller
class AccountPageController {

    /** A role held, with the situation's name ({@code null} situation: every situation). */
    record GrantRow(Grant grant, Situation situation, boolean everywhere) {}

    /** The token form as sent, to show again with its errors. */
    record TokenForm(String name, Set<String> scopes, String expires) {}

    static final Set<String> PASSWORD_FIELDS = Set.of("current", "new");
    static final Set<String> TOKEN_FIELDS = Set.of("name", "scopes", "expires");
    /** The expiry offered by default: a quarter. */
    static final int DEFAULT_DAYS = 90;

    private final AccountService accounts;
    private final SituationStore situations;
    private final Viewers viewers;
    private final Clock clock;

    AccountPageController(AccountService accounts, SituationStore situations, Viewers viewers, Clock clock) {
        this.accounts = accounts;
        this.situations = situations;
        this.viewers = viewers;
        this.clock = clock;
    }

    @SignedIn
    @GetMapping("/account")
    String account(@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
        page(model, viewers.of(request), FormErrors.none(), FormErrors.none(), blankToken());
        model.addAttribute("done", done == null ? null : switch (done) {
            case "password", "revoked" -> done;
            default -> null;
        });
        return "console/account";
    }

    /** The current password proves the person; a wrong one counts towards the lockout like a failed sign-in. */
    @SignedIn
    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String current, @RequestParam(name = "new", required = false) String next,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        Viewer v = viewers.of(request);
        Map<String, List<FormErrors.Message>> errors = new LinkedHashMap<>();
        Instant now = clock.instant();
        if (v.scopes() != null) {
            // a token that leaks must not be enough to take over the account
            error(errors, "current", "account.error.token", "a password is changed when signed in with it, not with a token");
        } else {
            switch (accounts.signIn(v.person(), current, now)) {
                case AccountService.SignIn.Accepted a -> {
                    switch (accounts.changePassword(v.person(), next, v.person(), now)) {
                        case Outcome.Done<?> d -> {
                            return "redirect:/account?done=password";
                        }
                        case Outcome.Invalid<?> invalid -> invalid.errors().forEach(e -> error(errors, "new", passwordKey(e), e.reason(), AccountService.MIN_PASSWORD));
                        case Outcome.NotFound<?> nf -> error(errors, "current", "account.error.noAccount", "you have no password account");
                        case Outcome.Conflict<?> c -> error(errors, FormErrors.GENERAL, null, c.error().reason());
                        case Outcome.Forbidden<?> f -> error(errors, FormErrors.GENERAL, null, f.error().reason());
                    }
                }
                case AccountService.SignIn.Refused r -> error(errors, "current", "account.error.current", "is not your current password");
                case AccountService.SignIn.Locked l -> error(errors, "current", "account.error.locked", "the account is locked for now");
            }
        }
        response.setStatus(422);
        page(model, v, new FormErrors(errors), FormErrors.none(), blankToken());
        model.addAttribute("done", null);
        return "console/account";
    }

    private static String passwordKey(FieldError e) {
        if (e.reason().startsWith("must be at least")) return "account.error.short";
        if (e.reason().startsWith("must be at most")) return "account.error.long";
        if (e.reason().contains("id")) return "account.error.id";
        return null;
    }

    /** A token for oneself; with a token, at most that token's scopes. The secret is on this answer only. */
    @SignedIn
    @PostMapping("/account/tokens")
    String issue(@RequestParam(required = false) String name, @RequestParam(required = false) List<String> scopes,
                 @RequestParam(required = false) String expires, HttpServletRequest request, HttpServletResponse response, Model model) {
        Viewer v = viewers.of(request);
        TokenForm form = new TokenForm(name == null ? "" : name.strip(), scopes == null ? Set.of() : Set.copyOf(scopes),
                expires == null ? "" : expires.strip());
        Map<String, List<FormErrors.Message>> errors = new LinkedHashMap<>();
        Set<Permission> chosen = EnumSet.noneOf(Permission.class);
        for (String s : form.scopes()) {
            var p = Permission.fromScope(s);
            if (p.isEmpty()) error(errors, "scopes", "error.choice", "is not one of the choices offered");
            else if (v.scopes() != null && !v.scopes().contains(p.get())) error(errors, "scopes", "account.error.scopeWider", "cannot exceed the scopes of the token used");
            else chosen.add(p.get());
        }
        Instant now = clock.instant();
        Instant expiresAt = null;
        if (form.expires().isEmpty()) {
            error(errors, "expires", "error.required", "is required");
        } else {
            try {
                // the whole day, in UTC as every time on these pages
                expiresAt = LocalDate.parse(form.expires()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
            } catch (DateTimeParseException e) {
                error(errors, "expires", "error.date", "must be a date written YYYY-MM-DD");
            }
        }
        if (errors.isEmpty()) {
            switch (accounts.issueToken(v.person(), form.name(), chosen, expiresAt, v.person(), now)) {
                case Outcome.Done<AccountService.IssuedToken> done -> {
                    // shown once: no cache, shared or private, may keep this page
                    response.setHeader("Cache-Control", "no-store");
                    response.setHeader("Pragma", "no-cache");
                    response.setStatus(201);
                    model.addAttribute("token", done.value().token());
                    model.addAttribute("secret", done.value().secret());
                    model.addAttribute("scopes", scopes(done.value().token()));
                    return "console/token-issued";
                }
                case Outcome.Invalid<AccountService.IssuedToken> invalid -> invalid.errors().forEach(e -> {
                    String field = "expires_at".equals(e.field()) ? "expires" : e.field();
                    String key = switch (field) {
                        case "name" -> "account.error.tokenName";
                        case "scopes" -> "account.error.scopes";
                        case "expires" -> e.reason().startsWith("must be within") ? "account.error.tooLate" : "account.error.past";
                        default -> null;
                    };
                    error(errors, TOKEN_FIELDS.contains(field) ? field : FormErrors.GENERAL, key, e.reason());
                });
                case Outcome.NotFound<AccountService.IssuedToken> nf -> error(errors, FormErrors.GENERAL, null, nf.error().reason());
                case Outcome.Conflict<AccountService.IssuedToken> c -> error(errors, FormErrors.GENERAL, null, c.error().reason());
                case Outcome.Forbidden<AccountService.IssuedToken> f -> error(errors, FormErrors.GENERAL, null, f.error().reason());
            }
        }
        response.setStatus(422);
        page(model, v, FormErrors.none(), new FormErrors(errors), form);
        model.addAttribute("done", null);
        return "console/account";
    }

    /** One's own token only: another's answers as an unknown one. */
    @SignedIn
    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable String id, HttpServletRequest request) {
        Viewer v = viewers.of(request);
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("error.token");
        }
        ApiToken token = accounts.token(n).filter(t -> t.person().equals(v.person())).orElseThrow(() -> new NotFound("error.token"));
        // revoking one already revoked changes nothing: the page says it is revoked either way
        if (token.revokedAt() == null) accounts.revokeToken(token.id(), v.person(), clock.instant());
        return "redirect:/account?done=revoked#tokens";
    }

    // ---- building the page ----------------------------------------------------------------------

    private void page(Model model, Viewer v, FormErrors passwordErrors, FormErrors tokenErrors, TokenForm form) {
        Instant now = clock.instant();
        List<GrantRow> grants = new ArrayList<>();
        for (Grant g : v.grants()) {
            boolean everywhere = Grant.ALL_SITUATIONS.equals(g.situation());
            grants.add(new GrantRow(g, everywhere ? null : situations.find(g.situation()).orElse(null), everywhere));
        }
        grants.sort(Comparator.comparing((GrantRow r) -> !r.everywhere()).thenComparing(r -> r.grant().situation())
                .thenComparing(r -> r.grant().role()));
        List<ApiToken> tokens = new ArrayList<>(accounts.tokens(v.person()));
        tokens.sort(Comparator.comparing((ApiToken t) -> !t.usableAt(now)).thenComparing(ApiToken::createdAt, Comparator.reverseOrder()));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        model.addAttribute("accountPage", true);
        model.addAttribute("person", v.person());
        model.addAttribute("withToken", v.scopes() != null);
        model.addAttribute("hasAccount", accounts.account(v.person()).isPresent());
        model.addAttribute("grants", grants);
        model.addAttribute("tokens", tokens);
        Map<Long, List<String>> scopesOf = new LinkedHashMap<>();
        for (ApiToken t : tokens) scopesOf.put(t.id(), scopes(t));
        model.addAttribute("scopesOf", scopesOf);
        model.addAttribute("now", now);
        model.addAttribute("permissions", Arrays.stream(Permission.values()).map(Permission::scope).toList());
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("tokenErrors", tokenErrors);
        model.addAttribute("form", form);
        model.addAttribute("minDate", today.plusDays(1).toString());
        model.addAttribute("maxDate", today.plusDays(AccountService.MAX_TOKEN_LIFE.toDays() - 1).toString());
        model.addAttribute("minPassword", AccountService.MIN_PASSWORD);
    }

    private TokenForm blankToken() {
        return new TokenForm("", Set.of(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(DEFAULT_DAYS).toString());
    }

    static List<String> scopes(ApiToken t) {
        return t.scopes().stream().map(Permission::scope).sorted().toList();
    }

    static void error(Map<String, List<FormErrors.Message>> errors, String field, String key, String english, Object... args) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(new FormErrors.Message(key, key == null ? new Object[0] : args, english));
    }
}
