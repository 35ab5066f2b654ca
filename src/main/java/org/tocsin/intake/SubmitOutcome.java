package org.tocsin.intake;

import org.tocsin.common.FieldError;

import java.util.List;

/** What became of one submitted signal. */
public sealed interface SubmitOutcome {
    record Created(Signal signal) implements SubmitOutcome {}

    /** The same content under the same id was already accepted: nothing duplicated. */
    record Unchanged(Signal existing) implements SubmitOutcome {}

    /** Different content under an id that is already taken. */
    record Conflict(SignalKey key) implements SubmitOutcome {}

    record Invalid(List<FieldError> errors) implements SubmitOutcome {}

    record UnknownSituation(String situation) implements SubmitOutcome {}
}
