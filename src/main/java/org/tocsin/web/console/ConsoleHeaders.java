package org.tocsin.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Headers on every console page. The Content-Security-Policy allows scripts and styles from Tocsin
 * itself only: no inline script, no inline style, nothing from elsewhere. It is a second line behind
 * escaping: a report's text that slipped through as markup still could not run. Pages differ by
 * language (cookie), so shared caches must not keep them.
 */
final class ConsoleHeaders implements HandlerInterceptor {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Vary", "Cookie, Accept-Language, HX-Request");
        return true;
    }
}
