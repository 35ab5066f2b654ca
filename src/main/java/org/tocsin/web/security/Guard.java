package org.tocsin.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.tocsin.access.Permission;
import org.tocsin.access.Viewer;

/**
 * The check a handler makes itself when the situation is known only after parsing the body (a new
 * signal, a new alert): the interceptor has already required the permission somewhere.
 */
public final class Guard {

    private final Viewers viewers;

    public Guard(Viewers viewers) {
        this.viewers = viewers;
    }

    public Viewer viewer(HttpServletRequest request) { return viewers.of(request); }

    /** Refuses with {@link Forbidden} unless the viewer holds the permission in the situation. */
    public Viewer require(HttpServletRequest request, Permission permission, String situation) {
        Viewer v = viewers.of(request);
        if (!v.can(permission, situation)) throw forbidden(permission, situation);
        return v;
    }

    static Forbidden forbidden(Permission permission, String situation) {
        String where = situation == null ? "here" : "in situation " + situation;
        return new Forbidden("Your roles " + where + " do not allow " + permission.scope() + ".", permission.scope());
    }
}
