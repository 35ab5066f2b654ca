package org.tocsin.protection;

/**
 * {@code from} depends on {@code to}: a contingent on an asset or a condition ({@code BGD} on
 * {@code UNSC_ASSURANCES}), a site on its guard ({@code ETO} on {@code BEL_KIBAT}), the mission on a
 * contingent. Ends may be contingents, sites, or things the file names only here (the airport, the
 * quick-reaction force, Council assurances).
 *
 * @param type the file's own word for it, kept; {@code kind} is what the model makes of it
 */
public record Dependency(String from, String to, String type, DependencyKind kind, String description, Provenance provenance) {

    /** "KIGALI_AIRPORT → BEL_KIBAT (airport_security, high)". */
    public String text() {
        return from + " → " + to + " (" + type + ", " + provenance.confidence().wire() + ")";
    }
}
