package org.tocsin.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tocsin.access.AccountService;
import org.tocsin.access.Viewer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Viewer} of the current request, read once per request from the store (grants change
 * take effect on the next request, including for open sessions).
 */
public final class Viewers {

    private static final String ATTRIBUTE = Viewers.class.getName();
    /** Nobody: no grants, sees nothing. */
    public static final Viewer NOBODY = Viewer.signedIn("anonymous", List.of(), Set.of());

    private final AccountService accounts;

    public Viewers(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The viewer, or {@link #NOBODY} when the request is not signed in. */
    public Viewer of(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof Viewer v) return v;
        Viewer v = resolve().orElse(NOBODY);
        request.setAttribute(ATTRIBUTE, v);
        return v;
    }

    public static boolean signedIn(Viewer v) { return v != NOBODY; }

    private Optional<Viewer> resolve() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) return Optional.empty();
        if (a instanceof TocsinAuthentication t) return Optional.of(t.viewer());
        return Optional.of(accounts.viewer(a.getName()));
    }
}
