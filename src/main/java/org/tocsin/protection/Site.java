package org.tocsin.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A protected site: a place where people sheltered under the mission's guard (a school, a stadium, a
 * hospital, a hotel), who guarded it when, and how many sheltered there over time.
 *
 * @param finding the file's {@code key_finding}, kept as written
 */
public record Site(String id, String name, String city, Optional<Location> location, List<Guard> guards,
                   FigureSeries people, List<ForceEvent> events, String finding) {

    public Site {
        guards = List.copyOf(guards);
        events = List.copyOf(events);
        city = city == null ? "" : city;
        finding = finding == null ? "" : finding;
    }

    public Reading peopleOn(LocalDate day) {
        return people.at(day);
    }

    public Site withPeople(FigureSeries series) {
        return new Site(id, name, city, location, guards, series, events, finding);
    }

    public Site withGuard(Guard guard) {
        List<Guard> all = new java.util.ArrayList<>(guards);
        all.add(guard);
        return new Site(id, name, city, location, all, people, events, finding);
    }

    /** "ETO (Ecole Technique Officielle (ETO) Don Bosco, Kicukiro)". */
    public String label() {
        return id + " (" + name + ")";
    }
}
