package org.tocsin.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tocsin.access.AccountService;

import java.util.ArrayList;
import java.util.List;

/**
 * Production mode ({@code TOCSIN_MODE=production}) refuses to start with anything whose secret is
 * published: demo mode, demo accounts (their password is in the README), an admin token copied from
 * the documentation, or session cookies that would travel without TLS. Demo defaults are for trying
 * Tocsin; a deployment that people's safety depends on must not inherit them by accident.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductionGuard implements ApplicationRunner {

    /** Example values from the docs, refused as real tokens. */
    static final List<String> DOCUMENTED_TOKENS = List.of("change-me-to-a-long-random-secret-of-48-characters",
            "it-admin-token-0123456789abcdef0123456789abcdef");

    private final String mode;
    private final DemoData demo;
    private final AccountService accounts;
    private final String adminToken;
    private final boolean secureCookies;

    ProductionGuard(@Value("${tocsin.mode:demo}") String mode, DemoData demo, AccountService accounts,
                    @Value("${tocsin.admin-token:}") String adminToken,
                    @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.mode = mode;
        this.demo = demo;
        this.accounts = accounts;
        this.adminToken = adminToken;
        this.secureCookies = secureCookies;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Production mode refuses to start: " + String.join("; ", problems));
        }
    }

    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!"production".equals(mode)) return out;
        if (demo.enabled()) out.add("demo mode is on (set TOCSIN_DEMO=off)");
        if (accounts.anyDemoAccount()) out.add("demo accounts exist in this store (their password is published); use a fresh store");
        if (DOCUMENTED_TOKENS.contains(adminToken)) out.add("TOCSIN_ADMIN_TOKEN is an example value from the documentation");
        if (!secureCookies) out.add("session cookies would be sent without TLS (set SERVER_SERVLET_SESSION_COOKIE_SECURE=true behind HTTPS)");
        return out;
    }
}
