package org.tocsin.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tocsin.access.AccountService;
import org.tocsin.access.Ownership;

import java.time.Clock;
import java.util.Set;

/**
 * Who is signed in (Spring Security) and what they may do (per handler, per situation:
 * {@link AuthorizationInterceptor}).
 *
 * <ul>
 *   <li>People sign in with a password (form, Argon2id, lockout, per-address throttle) or, when
 *       configured, with OpenID Connect; the session cookie is HttpOnly and SameSite=Lax, Secure in
 *       production mode, and its id changes at sign-in.</li>
 *   <li>Machines send {@code Authorization: Bearer} with an API token or the bootstrap admin token.</li>
 *   <li>CSRF tokens protect every state-changing request that rides on a session cookie; a bearer
 *       request carries no ambient credential and needs none.</li>
 *   <li>The filter chain lets every request reach Spring MVC; the interceptor, which knows the
 *       handler and its {@code @Requires}, answers 401 or 403. One source of truth for the rules,
 *       and the authorization matrix test reads the same annotations.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration implements WebMvcConfigurer {

    /** Shorter admin tokens are refused at start: a guessable bootstrap credential is worse than none. */
    public static final int MIN_ADMIN_TOKEN = 32;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Viewers viewers;
    private final Ownership ownership;

    SecurityConfiguration(AccountService accounts, Ownership ownership) {
        this.viewers = new Viewers(accounts);
        this.ownership = ownership;
    }

    @Bean
    Viewers viewers() { return viewers; }

    @Bean
    Guard guard() { return new Guard(viewers); }

    @Bean
    OidcSignIn oidcSignIn(AccountService accounts, org.tocsin.access.DirectoryView directory, Clock clock,
                          @Value("${tocsin.oidc.link-by-username:false}") boolean linkByUsername) {
        return new OidcSignIn(accounts, directory, linkByUsername, clock);
    }

    @Bean
    PasswordSignIn passwordSignIn(AccountService accounts, Clock clock) {
        return new PasswordSignIn(accounts, new SignInThrottle(clock), clock);
    }

    @Bean
    SecurityFilterChain tocsinSecurity(HttpSecurity http, AccountService accounts, PasswordSignIn passwordSignIn, Clock clock,
                                       @Value("${tocsin.admin-token:}") String adminToken,
                                       ObjectProvider<ClientRegistrationRepository> oidc,
                                       ObjectProvider<OidcSignIn> oidcSignIn) throws Exception {
        if (!adminToken.isBlank() && adminToken.length() < MIN_ADMIN_TOKEN) {
            throw new IllegalStateException("TOCSIN_ADMIN_TOKEN must be at least " + MIN_ADMIN_TOKEN
                    + " characters (generate one with: openssl rand -base64 48)");
        }
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .addFilterBefore(new BearerTokens(accounts, adminToken, clock), CsrfFilter.class)
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrf))
                .authenticationProvider(passwordSignIn)
                .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login").usernameParameter("person")
                        .passwordParameter("password").successHandler(afterSignIn()).failureHandler(signInFailed()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .exceptionHandling(e -> e.accessDeniedHandler(csrfRefused()))
                .headers(h -> h.referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidc.getIfAvailable() != null) {
            OidcSignIn users = oidcSignIn.getObject();
            http.oauth2Login(o -> o.loginPage("/login").successHandler(afterSignIn())
                    .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?oidc-refused"))
                    .userInfoEndpoint(u -> u.oidcUserService(users)));
        }
        return http.build();
    }

    /** A state-changing request that rides on a session cookie (or is a sign-in) needs a CSRF token. */
    static boolean needsCsrf(HttpServletRequest request) {
        if (SAFE.contains(request.getMethod())) return false;
        if (BearerTokens.isBearer(request)) return false;
        if ("/login".equals(request.getServletPath())) return true;
        return request.getRequestedSessionId() != null;
    }

    /** Back to the page that asked for sign-in ({@code next}), if it is a path of this site. */
    private static AuthenticationSuccessHandler afterSignIn() {
        return (request, response, authentication) -> {
            String next = request.getParameter("next");
            if (next == null && request.getSession(false) != null) {
                Object saved = request.getSession(false).getAttribute(NextPage.SESSION_KEY);
                if (saved instanceof String s) next = s;
                request.getSession(false).removeAttribute(NextPage.SESSION_KEY);
            }
            response.sendRedirect(request.getContextPath() + (NextPage.safe(next) ? next : "/"));
        };
    }

    private static AuthenticationFailureHandler signInFailed() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof PasswordSignIn.Throttled ? "throttled" : "refused";
            String next = request.getParameter("next");
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason
                    + (NextPage.safe(next) ? "&next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8) : ""));
        };
    }

    /** A missing or stale CSRF token: a problem body for the API, the sign-in page (session expired) for the console. */
    private static AccessDeniedHandler csrfRefused() {
        return (request, response, denied) -> {
            if (request.getServletPath().startsWith("/api/")) {
                Problems.write(response, 403, "csrf", "Missing or stale CSRF token",
                        "A request that relies on a session cookie must carry the CSRF token of the page (X-CSRF-TOKEN); machine clients use a bearer token.");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthorizationInterceptor(viewers, ownership)).order(-100);
    }
}
