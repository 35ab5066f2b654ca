package org.tocsin.protection;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who guarded a protected site, from when to when. The file names the contingent by id where it is
 * known ({@code BEL_KIBAT}) and otherwise describes it in words ("UNAMIR (contingent unspecified;
 * 'blue berets stationed there')"): the id is used, the words are kept as they are.
 *
 * @param troops the detachment's size, when the file gives it
 */
public record Guard(DateSpan from, DateSpan to, GuardedBy by, Optional<Estimate> troops, Provenance provenance, String note) {

    public Guard {
        note = note == null ? "" : note;
    }

    /** Who guards: a contingent of the force file, or a description the file gives instead. */
    public sealed interface GuardedBy {
        String text();
    }

    public record ByContingent(String contingent) implements GuardedBy {
        @Override
        public String text() { return contingent; }
    }

    /** A guard the file describes without naming one of its contingents: counted as the mission's own, unattributed. */
    public record ByDescription(String text) implements GuardedBy {}

    /** An undated guard, taken from a {@code site_protection} dependency for a site without dated guard records. */
    public static Guard fromDependency(Dependency d) {
        return new Guard(new DateSpan(LocalDate.MIN, LocalDate.MIN, DateSpan.Precision.DAY, "undated"),
                new DateSpan(LocalDate.MAX, LocalDate.MAX, DateSpan.Precision.DAY, "undated"), new ByContingent(d.to()),
                Optional.empty(), d.provenance(), d.description());
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from.earliest()) && !day.isAfter(to.latest());
    }

    public Optional<String> contingent() {
        return by instanceof ByContingent c ? Optional.of(c.contingent()) : Optional.empty();
    }

    /** "BEL_KIBAT, 92 troops (90–100) [medium; JAMBO, EXPATICA, PRESSAFRIK]". */
    public String text() {
        return by.text() + troops.map(t -> ", " + t.text() + " troops").orElse("") + " [" + provenance.text() + "]";
    }
}
