package org.tocsin.web.console;

/** A console page asked for something that does not exist; rendered as a 404 page naming what was missing. */
final class NotFound extends RuntimeException {

    /** Message key of what was not found ({@code error.situation}, {@code error.signal}, …). */
    private final String what;

    NotFound(String what) {
        super(what, null, false, false);
        this.what = what;
    }

    String what() { return what; }
}
