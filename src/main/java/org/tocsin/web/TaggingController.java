package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.tagging.IndicatorReview;
import org.tocsin.tagging.Suggestion;
import org.tocsin.taxonomy.Taxonomy;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Indicator suggestions from text, and an analyst's confirmation or rejection of each. */
@RestController
class TaggingController {

    private final IndicatorReview review;
    private final Taxonomy taxonomy;

    TaggingController(IndicatorReview review, Taxonomy taxonomy) {
        this.review = review;
        this.taxonomy = taxonomy;
    }

    /** Body: {@code {"text": "..."}}; answers the suggested codes with evidence spans and confidence. */
    @Requires(value = Permission.SIGNAL_SUBMIT, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping("/api/tagging/suggest")
    Map<String, Object> suggest(HttpServletRequest request) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), 1 << 20);
        var text = body.get("text");
        if (text == null || !text.isString() || text.stringValue().isBlank()) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", "Invalid text",
                    "text", "is required: the text to suggest indicators for"));
        }
        if (text.stringValue().length() > 20_000) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", "Invalid text",
                    "text", "is longer than 20000 characters"));
        }
        return Map.of("suggestions", review.suggest(text.stringValue()).stream().map(this::json).toList());
    }

    @Requires(value = Permission.SIGNAL_READ, from = Requires.From.SIGNAL, name = "uid")
    @GetMapping("/api/signals/{uid}/suggestions")
    List<Map<String, Object>> suggestions(@PathVariable String uid) {
        return review.suggestionsFor(uuid(uid)).stream().map(this::json).toList();
    }

    @Requires(value = Permission.INDICATOR_REVIEW, from = Requires.From.SIGNAL, name = "uid")
    @PostMapping("/api/signals/{uid}/suggestions/{code}/confirm")
    ResponseEntity<Object> confirm(@PathVariable String uid, @PathVariable String code, Principal principal) {
        return decided(review.confirm(uuid(uid), code, principal.getName()));
    }

    @Requires(value = Permission.INDICATOR_REVIEW, from = Requires.From.SIGNAL, name = "uid")
    @PostMapping("/api/signals/{uid}/suggestions/{code}/reject")
    ResponseEntity<Object> reject(@PathVariable String uid, @PathVariable String code, Principal principal) {
        return decided(review.reject(uuid(uid), code, principal.getName()));
    }

    private ResponseEntity<Object> decided(IndicatorReview.Decided d) {
        return switch (d) {
            case IndicatorReview.Decided.Done done -> ResponseEntity.ok(json(done.suggestion()));
            case IndicatorReview.Decided.NoSuchSuggestion n -> ApiProblem.response(ApiProblem.field(HttpStatus.NOT_FOUND,
                    "unknown-suggestion", "Unknown suggestion", "code", "was not suggested for this signal"));
            case IndicatorReview.Decided.AlreadyDecided a -> ApiProblem.response(ApiProblem.field(HttpStatus.CONFLICT,
                    "already-decided", "Already decided", "code", "was already " + a.suggestion().status().name().toLowerCase()
                            + " by " + a.suggestion().decidedBy()));
        };
    }

    private Map<String, Object> json(Suggestion s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code());
        m.put("text", taxonomy.indicator(s.code()).map(i -> i.text()).or(() -> taxonomy.factor(s.code()).map(f -> f.name())).orElse(null));
        m.put("confidence", s.confidence());
        m.put("start", s.start());
        m.put("end", s.end());
        m.put("evidence", s.evidence());
        m.put("rule", s.ruleId());
        return m;
    }

    private Map<String, Object> json(IndicatorReview.Stored s) {
        Map<String, Object> m = json(s.suggestion());
        m.put("status", s.status().name().toLowerCase());
        m.put("suggested_at", s.suggestedAt().toString());
        m.put("decided_by", s.decidedBy());
        m.put("decided_at", s.decidedAt() == null ? null : s.decidedAt().toString());
        return m;
    }

    private static UUID uuid(String uid) {
        try {
            return UUID.fromString(uid);
        } catch (IllegalArgumentException e) {
            throw SignalController.badParam("uid", "must be a signal's uid (a UUID)");
        }
    }
}
