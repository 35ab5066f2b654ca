package org.tocsin.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Named policy: <em>a site is guarded on a day while a guard is on record for that day and its
 * contingent is present above the minimum detachment</em>. A guard the file only describes in words
 * ("UNAMIR (contingent unspecified)") counts as the mission's own and holds while the mission is
 * there. A contingent whose strength that day is not established, or whose range straddles the
 * minimum, leaves the site's guard uncertain — never silently guarded.
 */
public record GuardPolicy(int minimumDetachment) {

    /** A site's guard on a day. */
    public sealed interface Status {
        String reason();

        /** Guarded or uncertain: there is a guard on record that may hold. */
        default boolean mayHold() { return !(this instanceof Unguarded); }
    }

    public record Guarded(Guard guard, String reason) implements Status {}

    public record Uncertain(Guard guard, String reason) implements Status {}

    public record Unguarded(String reason) implements Status {}

    /**
     * The site's guard on {@code day} once the contingents in {@code gone} have left.
     */
    public Status on(ForceModel force, Site site, LocalDate day, Set<String> gone) {
        List<Guard> guards = force.guardsOn(site, day);
        if (guards.isEmpty()) return new Unguarded("no guard on record for " + site.id() + " on " + day);
        Status best = null;
        for (Guard g : guards) {
            Status s = status(force, g, day, gone);
            if (s instanceof Guarded) return s;
            if (best == null || (best instanceof Unguarded && s instanceof Uncertain)) best = s;
        }
        return best;
    }

    private Status status(ForceModel force, Guard g, LocalDate day, Set<String> gone) {
        return switch (g.by()) {
            case Guard.ByDescription d -> new Guarded(g, "guard described as \"" + d.text() + "\": counted as the mission's own");
            case Guard.ByContingent c when gone.contains(c.contingent()) ->
                    new Unguarded("its guard " + c.contingent() + " leaves");
            case Guard.ByContingent c -> switch (force.strength(c.contingent(), day).orElseThrow()) {
                case Reading.Established e when e.estimate().low() >= minimumDetachment ->
                        new Guarded(g, c.contingent() + " present (" + e.estimate().text() + ")");
                case Reading.Established e when e.estimate().high() < minimumDetachment ->
                        new Unguarded(c.contingent() + " is below the minimum detachment of " + minimumDetachment
                                + " (" + e.estimate().text() + ")");
                case Reading.Established e -> new Uncertain(g, c.contingent() + " may be below the minimum detachment ("
                        + e.estimate().text() + ")");
                case Reading.NotEstablished n -> new Uncertain(g, "strength of " + c.contingent() + " not established on " + day
                        + (n.notes().isEmpty() ? "" : " (" + n.notes().getFirst() + ")"));
                case Reading.NoFigure _ -> new Uncertain(g, "no strength figure for " + c.contingent() + " on or before " + day);
            };
        };
    }
}
