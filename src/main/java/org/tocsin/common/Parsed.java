package org.tocsin.common;

import java.util.List;
import java.util.function.Function;

/** The outcome of parsing untrusted input at the edge: a value, or the reasons it was refused. */
public sealed interface Parsed<T> {

    record Ok<T>(T value) implements Parsed<T> {}

    record Refused<T>(List<FieldError> errors) implements Parsed<T> {
        public Refused {
            if (errors.isEmpty()) throw new IllegalArgumentException("a refusal needs at least one reason");
            errors = List.copyOf(errors);
        }
    }

    static <T> Parsed<T> ok(T value) { return new Ok<>(value); }

    static <T> Parsed<T> refused(List<FieldError> errors) { return new Refused<>(errors); }

    static <T> Parsed<T> refused(String field, String reason) { return new Refused<>(List.of(new FieldError(field, reason))); }

    default <R> Parsed<R> map(Function<T, R> f) {
        return switch (this) {
            case Ok<T> ok -> new Ok<>(f.apply(ok.value()));
            case Refused<T> r -> new Refused<>(r.errors());
        };
    }
}
