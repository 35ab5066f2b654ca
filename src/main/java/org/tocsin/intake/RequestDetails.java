package org.tocsin.intake;

/** A request for action carried by a signal: what was asked, by whom, wanted by when (as written). */
public record RequestDetails(String action, String requestedBy, String deadline) {
    public RequestDetails {
        if (action == null || action.isBlank()) throw new IllegalArgumentException("a request needs an action");
    }
}
