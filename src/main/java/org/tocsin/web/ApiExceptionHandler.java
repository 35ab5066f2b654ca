package org.tocsin.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.UUID;

/**
 * The one place that turns failures into RFC 9457 problem responses. Expected refusals arrive as
 * {@link ApiProblem}; Spring's own (wrong method, missing parameter, …) keep their status with a
 * detail we wrote; anything else is a 500 whose body says only that an error happened and gives a
 * reference to find it in the log — never the exception's message.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> problem(ApiProblem e) {
        return ApiProblem.response(e.problem());
    }

    @ExceptionHandler(org.tocsin.web.security.AuthorizationInterceptor.Unauthenticated.class)
    ResponseEntity<Object> unauthenticated() {
        ProblemDetail p = ApiProblem.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in",
                "Send Authorization: Bearer <token> (an API token, or the admin token), or sign in to the console.");
        return ResponseEntity.status(401).header("WWW-Authenticate", "Bearer").contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(org.tocsin.web.security.Forbidden.class)
    ResponseEntity<Object> forbidden(org.tocsin.web.security.Forbidden e) {
        ProblemDetail p = ApiProblem.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
        if (e.scope() != null) p.setProperty("permission", e.scope());
        return ApiProblem.response(p);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ApiProblem.response(ApiProblem.field(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                e.getName(), "has an invalid value"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, e);
        ProblemDetail p = ApiProblem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Tocsin could not complete the request. Nothing was half-written. Reference: " + reference);
        return ApiProblem.response(p);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ApiProblem.response(ApiProblem.field(HttpStatus.BAD_REQUEST, "missing-parameter", "Missing parameter",
                ex.getParameterName(), "is required"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        // Spring's default bodies may quote internals (class names, parser messages): replace the detail.
        ProblemDetail p = ProblemDetail.forStatus(statusCode);
        if (body instanceof ProblemDetail given) {
            p.setTitle(given.getTitle());
            p.setDetail(given.getTitle());
        }
        return ResponseEntity.status(statusCode).headers(headers).body(p);
    }
}
