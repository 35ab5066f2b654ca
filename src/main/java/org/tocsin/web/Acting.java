package org.tocsin.web;

import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

import java.security.Principal;

/**
 * Who is acting on an alert, request, briefing or held delivery. Until authentication arrives, the
 * acting person is the authenticated principal when there is one, else the {@code actor} the client
 * names (in the JSON body, or the {@code actor} query parameter for reads). The one place to replace
 * when authentication lands.
 */
final class Acting {

    private Acting() {}

    static String person(Principal principal, JsonNode body) {
        if (principal != null) return principal.getName();
        JsonNode a = body == null ? null : body.get("actor");
        return check(a != null && a.isString() ? a.stringValue() : null);
    }

    static String person(Principal principal, String actorParameter) {
        if (principal != null) return principal.getName();
        return check(actorParameter);
    }

    private static String check(String actor) {
        if (actor == null || actor.isBlank()) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", "Who is acting?", "actor",
                    "is required: the id of the person acting (until sign-in exists)"));
        }
        if (actor.length() > 128) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", "Who is acting?", "actor",
                    "is longer than 128 characters"));
        }
        return actor;
    }
}
