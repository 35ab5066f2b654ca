package org.tocsin.web.security;

/** The signed-in person's roles do not allow this here. The message is safe to show: it names the permission and the situation only. */
public final class Forbidden extends RuntimeException {

    private final String scope;

    public Forbidden(String message, String scope) {
        super(message, null, false, false);
        this.scope = scope;
    }

    /** The permission's scope name ({@code alert:decide}), or null. */
    public String scope() { return scope; }
}
