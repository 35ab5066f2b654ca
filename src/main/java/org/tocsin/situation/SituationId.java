package org.tocsin.situation;

import java.util.regex.Pattern;

/** Situation ids are short slugs chosen by the client, e.g. {@code rwanda-1993-1994}. */
public final class SituationId {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private SituationId() {}

    public static boolean valid(String id) { return id != null && SLUG.matcher(id).matches(); }
}
