package org.tocsin.access;

import org.tocsin.common.FieldError;

import java.util.List;

/**
 * The outcome of a command on the directory or on escalation (create a person, acknowledge an
 * alert, decide a request): done, or refused for a reason the client can act on. Expected refusals
 * are values, never exceptions; each names the field it concerns.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {}

    /** The input is malformed or breaks a rule of its own (a decision without a rationale). */
    record Invalid<T>(List<FieldError> errors) implements Outcome<T> {
        public Invalid {
            if (errors.isEmpty()) throw new IllegalArgumentException("a refusal needs at least one reason");
            errors = List.copyOf(errors);
        }
    }

    /** Something the input names does not exist. */
    record NotFound<T>(FieldError error) implements Outcome<T> {}

    /** The command clashes with the current state (an id taken; a transition not allowed from this state). */
    record Conflict<T>(FieldError error) implements Outcome<T> {}

    /** The acting person may not do this (not the originator; not a recipient of the alert). */
    record Forbidden<T>(FieldError error) implements Outcome<T> {}

    static <T> Outcome<T> done(T value) { return new Done<>(value); }

    static <T> Outcome<T> invalid(String field, String reason) { return new Invalid<>(List.of(new FieldError(field, reason))); }

    static <T> Outcome<T> invalid(List<FieldError> errors) { return new Invalid<>(errors); }

    static <T> Outcome<T> notFound(String field, String reason) { return new NotFound<>(new FieldError(field, reason)); }

    static <T> Outcome<T> conflict(String field, String reason) { return new Conflict<>(new FieldError(field, reason)); }

    static <T> Outcome<T> forbidden(String field, String reason) { return new Forbidden<>(new FieldError(field, reason)); }

    /** The same refusal for another value type; only for refusals. */
    @SuppressWarnings("unchecked")
    default <R> Outcome<R> refusal() {
        if (this instanceof Done<T>) throw new IllegalStateException("not a refusal");
        return (Outcome<R>) this;
    }

    default boolean done() { return this instanceof Done<T>; }
}
