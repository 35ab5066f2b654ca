package org.tocsin.web;

import org.springframework.http.HttpStatus;
import org.tocsin.web.security.AuthorizationInterceptor;
import tools.jackson.databind.JsonNode;

import java.security.Principal;

/**
 * Who is acting on an alert, request, briefing or held delivery: always the signed-in person (or
 * the person an API token acts for). A body may still carry {@code actor} — clients written before
 * sign-in existed do — but only to say the same thing: naming someone else is refused, never
 * silently replaced, so nobody believes they acted as another.
 */
final class Acting {

    private Acting() {}

    static String person(Principal principal, JsonNode body) {
        JsonNode a = body == null ? null : body.get("actor");
        return person(principal, a != null && a.isString() ? a.stringValue() : null);
    }

    static String person(Principal principal, String actorParameter) {
        return person(principal, actorParameter, "actor");
    }

    /** The same rule for a body field with another name ({@code author} of a determination). */
    static String person(Principal principal, String named, String field) {
        if (principal == null) throw new AuthorizationInterceptor.Unauthenticated();
        String me = principal.getName();
        if (named != null && !named.strip().equals(me)) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", "Who is acting?", field,
                    "must be omitted: the acting person is the one signed in (or the API token's person)"));
        }
        return me;
    }
}
