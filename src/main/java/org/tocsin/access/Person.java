package org.tocsin.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Someone Tocsin can reach: a desk officer, a head of mission, one delegation of a deciding body.
 * {@code represents} names the actor (from a situation's {@code actors}) on whose behalf the person
 * sits — the 1994 Security Council seat of Rwanda represented the government the 11 January cable
 * implicated — so that a delivery to them can be checked for a disclosure conflict.
 *
 * @param email      where e-mail notifications go; may be absent for people created from a
 *                   situation file (a Council delegation), who then receive alerts in Tocsin only
 * @param webhook    an http(s) URL for machine delivery, optional
 * @param represents an actor id, optional
 */
public record Person(String id, String name, String email, String webhook, String represents) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

    public Person {
        if (!validId(id)) throw new IllegalArgumentException("invalid person id");
        Objects.requireNonNull(name, "name");
    }

    public static boolean validId(String id) { return id != null && ID.matcher(id).matches(); }

    public boolean represents(String actor) { return represents != null && represents.equals(actor); }
}
