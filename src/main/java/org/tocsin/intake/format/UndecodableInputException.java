package org.tocsin.intake.format;

import org.tocsin.common.TocsinException;

/**
 * The input cannot be read as the format requires (a case file that is not UTF-8, a header line
 * past the size limit). It is the client's file that is wrong, not Tocsin: an API should answer it
 * as a bad request. The message names the line and never quotes the input, so it is safe to show.
 */
public class UndecodableInputException extends TocsinException {
    public UndecodableInputException(String message, Throwable cause) { super(message, cause); }

    public UndecodableInputException(String message) { super(message); }
}
