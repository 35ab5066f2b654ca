package org.tocsin.decision;

import org.tocsin.common.FieldError;

import java.util.List;

/**
 * The outcome of a command on determinations or obligations: done, or refused for a reason the
 * client can act on, naming the field. Expected refusals are values, never exceptions.
 */
public sealed interface DecisionOutcome<T> {

    record Done<T>(T value) implements DecisionOutcome<T> {}

    /** The input breaks a rule (a missing rationale; intent at "only reasonable inference" without the alternatives). */
    record Refused<T>(List<FieldError> errors) implements DecisionOutcome<T> {
        public Refused {
            if (errors.isEmpty()) throw new IllegalArgumentException("a refusal needs at least one reason");
            errors = List.copyOf(errors);
        }
    }

    /** Something the input names does not exist (the situation, a signal, an obligation). */
    record NotFound<T>(FieldError error) implements DecisionOutcome<T> {}

    /** The command clashes with the current state (a determination already superseded; a step not allowed from this state). */
    record Conflict<T>(FieldError error) implements DecisionOutcome<T> {}

    static <T> DecisionOutcome<T> done(T value) { return new Done<>(value); }

    static <T> DecisionOutcome<T> refused(List<FieldError> errors) { return new Refused<>(errors); }

    static <T> DecisionOutcome<T> refused(String field, String reason) { return new Refused<>(List.of(new FieldError(field, reason))); }

    static <T> DecisionOutcome<T> notFound(String field, String reason) { return new NotFound<>(new FieldError(field, reason)); }

    static <T> DecisionOutcome<T> conflict(String field, String reason) { return new Conflict<>(new FieldError(field, reason)); }
}
