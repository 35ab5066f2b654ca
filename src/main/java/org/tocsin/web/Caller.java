package org.tocsin.web;

import java.security.Principal;

/** Who is calling, as recorded on what they submit. */
final class Caller {
    private Caller() {}

    static String name(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }
}
