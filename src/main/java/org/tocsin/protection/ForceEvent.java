package org.tocsin.protection;

import java.util.Optional;

/**
 * Something the force file records as having happened to the force or a site: an authorisation, a
 * contributor's exit, an order leaving a site, an attack. A site's own events carry its id in
 * {@code site}; {@code actor} is a country where the file names one.
 */
public record ForceEvent(DateSpan date, String time, String type, Optional<String> site, Optional<String> actor,
                         String description, Provenance provenance) {

    public ForceEvent {
        time = time == null ? "" : time;
    }
}
