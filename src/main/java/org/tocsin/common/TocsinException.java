package org.tocsin.common;

/**
 * The one unchecked root for failures that are bugs or infrastructure, never expected outcomes
 * (those are values such as {@link Parsed}). Messages may reach logs but never an API response.
 */
public class TocsinException extends RuntimeException {
    public TocsinException(String message) { super(message); }
    public TocsinException(String message, Throwable cause) { super(message, cause); }
}
