package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import org.tocsin.web.security.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.common.Parsed;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationParser;
import org.tocsin.situation.SituationStore;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/situations")
class SituationController {

    private final SituationStore situations;
    private final SituationParser parser;
    private final Clock clock;
    private final org.tocsin.web.security.Guard guard;

    SituationController(SituationStore situations, SituationParser parser, Clock clock, org.tocsin.web.security.Guard guard) {
        this.guard = guard;
        this.situations = situations;
        this.parser = parser;
        this.clock = clock;
    }

    @Requires(value = Permission.SITUATION_CREATE, from = Requires.From.EVERYWHERE, name = "id")
    @PostMapping
    ResponseEntity<Object> create(HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), 1 << 20);
        return switch (parser.parse(body, clock.instant(), principal.getName())) {
            case Parsed.Refused<Situation> r -> ApiProblem.response(ApiProblem.invalid("Invalid situation", r.errors()));
            case Parsed.Ok<Situation> ok -> {
                Situation s = ok.value();
                URI location = URI.create("/api/situations/" + s.id());
                if (situations.create(s)) yield ResponseEntity.created(location).<Object>body(SignalJson.of(s));
                yield ApiProblem.response(ApiProblem.field(HttpStatus.CONFLICT, "situation-exists", "Situation exists",
                        situationField(body), "is already taken by an existing situation"));
            }
        };
    }

    private static String situationField(tools.jackson.databind.JsonNode body) {
        return body.has("id") ? "id" : "situation";
    }

    @SignedIn
    @GetMapping
    List<Map<String, Object>> list(HttpServletRequest request) {
        var viewer = guard.viewer(request);
        return situations.list().stream().filter(s -> viewer.can(Permission.SITUATION_READ, s.id())).map(SignalJson::of).toList();
    }

    @Requires(Permission.SITUATION_READ)
    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return situations.find(id).map(SignalJson::of).orElseThrow(() -> notFound(id));
    }

    static ApiProblem notFound(String id) {
        return ApiProblem.raise(ApiProblem.field(HttpStatus.NOT_FOUND, "unknown-situation", "Unknown situation",
                "situation", "names no situation known to Tocsin"));
    }
}
