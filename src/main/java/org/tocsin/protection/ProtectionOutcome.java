package org.tocsin.protection;

import org.tocsin.common.FieldError;

import java.util.List;

/** What a request to the protection capability came to: a value, or why not — never an exception. */
public sealed interface ProtectionOutcome<T> {

    record Done<T>(T value) implements ProtectionOutcome<T> {}

    /** The input was refused; each error names its field. */
    record Invalid<T>(List<FieldError> errors) implements ProtectionOutcome<T> {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    record UnknownSituation<T>(String situation) implements ProtectionOutcome<T> {}

    /** The situation has no force on record yet. */
    record NoForce<T>(String situation) implements ProtectionOutcome<T> {}

    /** Something the request names does not exist (a version, a contingent, a change). */
    record NotFound<T>(String field, String reason) implements ProtectionOutcome<T> {}

    /** An edit was made on a version that is no longer the latest. */
    record Conflict<T>(int latestVersion) implements ProtectionOutcome<T> {}

    static <T> ProtectionOutcome<T> invalid(String field, String reason) {
        return new Invalid<>(List.of(new FieldError(field, reason)));
    }
}
