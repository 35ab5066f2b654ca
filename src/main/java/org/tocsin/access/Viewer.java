package org.tocsin.access;

import org.tocsin.distribution.Tlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is asking, and what they may see and do: a person, the roles they hold per situation, the
 * groups they belong to, and (for an API token) the scopes the token is limited to. Built afresh for
 * each request from the store, so a revoked grant or token stops working at once.
 *
 * <p><b>Distribution labels.</b> What a role may read follows TLP 2.0 read inside one organisation
 * (the mission and its headquarters) with outside clients (Council delegations, NGO monitors):
 * <ul>
 *   <li>everyone sees what they submitted themselves, whatever its label;</li>
 *   <li>reporters (often outside monitors) see CLEAR and GREEN — the community;</li>
 *   <li>Council members see up to AMBER — the organisation's clients, on a need-to-know basis;</li>
 *   <li>staff roles see up to AMBER+STRICT — the organisation only;</li>
 *   <li>RED intake (a cable marked "no distribution", an informant's report) is addressed to the
 *       situation's analysis cell: analysts of the situation see it, no one else unless named.</li>
 * </ul>
 * The stores apply {@link #visibleLabels} in their SQL, so a list, a count and a page never include
 * what the viewer may not read.
 *
 * @param scopes for an API token, the permissions it is limited to; null for a signed-in person
 */
public record Viewer(String person, List<Grant> grants, Set<String> groups, Set<Permission> scopes) {

    public Viewer {
        grants = List.copyOf(grants);
        groups = Set.copyOf(groups);
        scopes = scopes == null ? null : Set.copyOf(scopes);
    }

    public static Viewer signedIn(String person, List<Grant> grants, Set<String> groups) {
        return new Viewer(person, grants, groups, null);
    }

    /** The roles held in a situation (including everywhere-grants). */
    public Set<Role> roles(String situation) {
        EnumSet<Role> out = EnumSet.noneOf(Role.class);
        for (Grant g : grants) if (situation == null ? Grant.ALL_SITUATIONS.equals(g.situation()) : g.covers(situation)) out.add(g.role());
        return out;
    }

    /** Whether the viewer may attempt this in the situation. */
    public boolean can(Permission permission, String situation) {
        if (scopes != null && !scopes.contains(permission)) return false;
        for (Grant g : grants) if (g.covers(situation) && permission.grantedTo(g.role())) return true;
        return false;
    }

    /** Whether the viewer may attempt this in every situation (installation-wide actions: create a situation, keep the directory). */
    public boolean canEverywhere(Permission permission) {
        if (scopes != null && !scopes.contains(permission)) return false;
        for (Grant g : grants) if (Grant.ALL_SITUATIONS.equals(g.situation()) && permission.grantedTo(g.role())) return true;
        return false;
    }

    /** Whether the viewer may attempt this in at least one situation (lists, which the stores then filter). */
    public boolean canSomewhere(Permission permission) {
        if (scopes != null && !scopes.contains(permission)) return false;
        for (Grant g : grants) if (permission.grantedTo(g.role())) return true;
        return false;
    }

    /** The situations where the viewer holds the permission; {@code *} stands for all. */
    public List<String> situations(Permission permission) {
        List<String> out = new ArrayList<>();
        if (scopes != null && !scopes.contains(permission)) return out;
        for (Grant g : grants) if (permission.grantedTo(g.role()) && !out.contains(g.situation())) out.add(g.situation());
        return out;
    }

    /** The widest label the viewer reads in the situation without being named, or null for none. */
    public Tlp ceiling(String situation) {
        Tlp best = null;
        for (Role r : roles(situation)) {
            Tlp c = ceiling(r);
            if (c != null && (best == null || c.isNarrowerThan(best))) best = c;
        }
        return best;
    }

    static Tlp ceiling(Role role) {
        return switch (role) {
            case REPORTER -> Tlp.GREEN;
            case COUNCIL_MEMBER -> Tlp.AMBER;
            case SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, AUDITOR -> Tlp.AMBER_STRICT;
            case ANALYST -> Tlp.RED;
            case ADMIN -> Tlp.CLEAR;
        };
    }

    /** Whether the viewer may read something with this label in this situation, submitted by {@code submitter}. */
    public boolean sees(String situation, Tlp label, String submitter) {
        if (person.equals(submitter)) return true;
        if (label == Tlp.CLEAR) return true;
        Tlp c = ceiling(situation);
        return c != null && !label.isNarrowerThan(c);
    }

    /**
     * For each situation key ({@code *} for everywhere-grants), the labels readable there: what the
     * stores turn into {@code situation_id || '|' || label = any(?)} and {@code label = any(?)}.
     */
    public Map<String, List<Tlp>> visibleLabels() {
        Map<String, List<Tlp>> out = new LinkedHashMap<>();
        for (Grant g : grants) {
            Tlp c = ceiling(g.situation().equals(Grant.ALL_SITUATIONS) ? null : g.situation());
            if (c == null) continue;
            List<Tlp> labels = new ArrayList<>();
            for (Tlp t : Tlp.values()) if (!t.isNarrowerThan(c)) labels.add(t);
            out.put(g.situation(), labels);
        }
        return out;
    }

    /** Flattened for SQL: {@code situation|LABEL} pairs, and the labels readable everywhere. */
    public SqlVisibility sqlVisibility() {
        return sqlVisibility(visibleLabels());
    }

    /** The same, counting only the grants whose role carries the permission (and only if a token's scopes allow it). */
    public SqlVisibility sqlVisibility(Permission permission) {
        if (scopes != null && !scopes.contains(permission)) return new SqlVisibility(person, new String[0], new String[0]);
        Viewer narrowed = new Viewer(person, grants.stream().filter(g -> permission.grantedTo(g.role())).toList(), groups, null);
        return sqlVisibility(narrowed.visibleLabels());
    }

    private SqlVisibility sqlVisibility(Map<String, List<Tlp>> visible) {
        List<String> pairs = new ArrayList<>();
        List<String> everywhere = new ArrayList<>();
        visible.forEach((situation, labels) -> {
            for (Tlp t : labels) {
                if (situation.equals(Grant.ALL_SITUATIONS)) everywhere.add(t.wire());
                else pairs.add(situation + "|" + t.wire());
            }
        });
        return new SqlVisibility(person, pairs.toArray(String[]::new), everywhere.toArray(String[]::new));
    }

    /** Arrays ready to bind: {@code submitter = person or label = any(everywhere) or situation||'|'||label = any(pairs)}. */
    public record SqlVisibility(String person, String[] pairs, String[] everywhere) {}
}
