package org.tocsin.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.tocsin.common.FieldError;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem responses. Every refusal names the field and the reason in {@code errors}; the
 * detail is written for the client and never carries an internal (exception) message.
 */
public final class ApiProblem extends RuntimeException {

    private final transient ProblemDetail problem;

    private ApiProblem(ProblemDetail problem) {
        super(problem.getTitle(), null, false, false);
        this.problem = problem;
    }

    public ProblemDetail problem() { return problem; }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:tocsin:problem:" + type));
        p.setTitle(title);
        return p;
    }

    public static ProblemDetail invalid(String title, List<FieldError> errors) {
        ProblemDetail p = of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", title, describe(errors));
        p.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "reason", e.reason())).toList());
        return p;
    }

    public static ProblemDetail field(HttpStatus status, String type, String title, String field, String reason) {
        ProblemDetail p = of(status, type, title, field + " " + reason);
        p.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
        return p;
    }

    public static ApiProblem raise(ProblemDetail p) { return new ApiProblem(p); }

    public static ResponseEntity<Object> response(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static String describe(List<FieldError> errors) {
        FieldError first = errors.getFirst();
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return first.field() + " " + first.reason() + more;
    }
}
