package org.tocsin.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.tocsin.access.Ownership;
import org.tocsin.access.Viewer;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies each handler's {@link Requires}, {@link SignedIn} or {@link Public} before it runs.
 * Spring Security has already authenticated the request (or not); this decides, per situation,
 * whether the viewer's roles allow the action. A Tocsin handler with none of the three is refused
 * for everyone: forgetting the rule must close the door, not open it.
 *
 * <p>An object that does not exist is left to the handler (404); one that exists in a situation where
 * the viewer holds no role is refused (403).
 */
public final class AuthorizationInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationInterceptor.class);

    private final Viewers viewers;
    private final Ownership ownership;

    public AuthorizationInterceptor(Viewers viewers, Ownership ownership) {
        this.viewers = viewers;
        this.ownership = ownership;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) return true;
        if (!method.getBeanType().getName().startsWith("org.tocsin.")) return true;
        if (method.hasMethodAnnotation(Public.class)) return true;
        Viewer viewer = viewers.of(request);
        if (!Viewers.signedIn(viewer)) throw new Unauthenticated();
        if (method.hasMethodAnnotation(SignedIn.class)) return true;
        Requires rule = method.getMethodAnnotation(Requires.class);
        if (rule == null) {
            log.error("Handler {} has no authorization rule (@Requires, @SignedIn or @Public): refused", method.getShortLogMessage());
            throw new Forbidden("This action has no authorization rule and is refused.", null);
        }
        check(rule, viewer, request);
        return true;
    }

    private void check(Requires rule, Viewer viewer, HttpServletRequest request) {
        switch (rule.from()) {
            case EVERYWHERE -> {
                if (!viewer.canEverywhere(rule.value())) throw Guard.forbidden(rule.value(), null);
            }
            case SOMEWHERE -> {
                if (!viewer.canSomewhere(rule.value())) throw Guard.forbidden(rule.value(), null);
            }
            case PARAM -> {
                String situation = request.getParameter(rule.name());
                boolean ok = situation == null || situation.isBlank() ? viewer.canSomewhere(rule.value()) : viewer.can(rule.value(), situation);
                if (!ok) throw Guard.forbidden(rule.value(), situation);
            }
            default -> {
                String value = pathVariable(request, rule.name());
                Optional<String> situation = situationOf(rule.from(), value);
                // Unknown object: the handler answers 404 — but only to someone who may do this somewhere.
                if (situation.isEmpty()) {
                    if (!viewer.canSomewhere(rule.value())) throw Guard.forbidden(rule.value(), null);
                    return;
                }
                if (!viewer.can(rule.value(), situation.get())) throw Guard.forbidden(rule.value(), situation.get());
            }
        }
    }

    private Optional<String> situationOf(Requires.From from, String value) {
        if (value == null) return Optional.empty();
        try {
            return switch (from) {
                case PATH -> Optional.of(value);
                case ALERT -> ownership.ofAlert(Long.parseLong(value));
                case REQUEST -> ownership.ofRequest(Long.parseLong(value));
                case BRIEFING -> ownership.ofBriefing(Long.parseLong(value));
                case DELIVERY -> ownership.ofDelivery(Long.parseLong(value));
                case SIGNAL -> ownership.ofSignal(UUID.fromString(value));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException malformed) {
            return Optional.empty(); // the handler's own parsing answers with a problem naming the field
        }
    }

    @SuppressWarnings("unchecked")
    private static String pathVariable(HttpServletRequest request, String name) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return vars instanceof Map<?, ?> m ? (String) ((Map<String, String>) m).get(name) : null;
    }

    /** Not signed in: 401 for the API, the sign-in page for the console. */
    public static final class Unauthenticated extends RuntimeException {
        public Unauthenticated() {
            super("not signed in", null, false, false);
        }
    }
}
