package org.tocsin.common;

/**
 * One reason why an input was refused, naming the field as the client wrote it
 * (snake_case JSON pointer-ish path such as {@code lat} or {@code indicators[2]}).
 * The reason is written for the client: it never carries an internal message.
 */
public record FieldError(String field, String reason) {
    public FieldError {
        if (field == null || field.isBlank()) throw new IllegalArgumentException("field is required");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("reason is required");
    }
}
