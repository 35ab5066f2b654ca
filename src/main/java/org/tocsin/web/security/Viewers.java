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

    /**
     * The viewer, or {@link #NOBODY} when the request is not signed in. Spring Security's request
     * wrapper answers {@code getUserPrincipal()} from the same authentication (null when anonymous);
     * consulting it as well lets a servlet container or a MockMvc test supply the principal.
     */
    public Viewer of(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof Viewer v) return v;
        Viewer v = resolve().or(() -> Optional.ofNullable(request.getUserPrincipal()).map(p -> accounts.viewer(p.getName()))).orElse(NOBODY);
        request.setAttribute(ATTRIBUTE, v);
        return v;
    }

    public static boolean signedIn(Viewer v) { return v != NOBODY; }

    /** The viewer of the request being served on this thread. */
    public Viewer current() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes s) {
            return of(s.getRequest());
        }
        return NOBODY;
    }

    private Optional<Viewer> resolve() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) return Optional.empty();
        if (a instanceof TocsinAuthentication t) return Optional.of(t.viewer());
        return Optional.of(accounts.viewer(a.getName()));
    }
}
