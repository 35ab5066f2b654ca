package org.tocsin.web.security;

/** Where to go after signing in: the page that asked for it, if it is a path of this site. */
public final class NextPage {

    /** Session attribute holding the page to return to. */
    public static final String SESSION_KEY = NextPage.class.getName();

    private NextPage() {}

    /** A path on this site, not a scheme-relative or absolute URL someone could use to send a person elsewhere after sign-in. */
    public static boolean safe(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") && next.length() < 2000
                && next.chars().noneMatch(c -> c < 0x20 || c == '\\');
    }
}
