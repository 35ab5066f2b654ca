package org.tocsin.protection;

import java.util.List;

/**
 * What a force cut to {@code targetStrength} can still protect. The strength free to guard sites is
 * allocated to the sites by people sheltered, most first; each site needs
 * {@link ProtectionAssumptions#requirement} troops and takes what is left when fewer remain; it is held
 * while it gets at least the minimum detachment. Three cases bound the answer: optimistic (the higher
 * guard share, the lower people figures), central (the middle share, the figures' values) and
 * pessimistic (the lower share, the higher figures). A site held in the pessimistic case is held in the
 * others too (the allocation is monotone), so the cases nest.
 *
 * @param guardStrength     troops free to guard sites: low = pessimistic, value = central, high = optimistic
 * @param minimumDetachment the fewest troops that hold a site
 */
public record CutCoverage(long targetStrength, Estimate guardStrength, int minimumDetachment, List<SiteCover> sites) {

    public CutCoverage {
        sites = List.copyOf(sites);
    }

    /** One case for one site: troops needed, troops given, and whether that holds it. */
    public record Share(long required, long allocated, boolean held) {
        /** Held with fewer troops than the site needs. */
        public boolean thin() { return held && allocated < required; }
    }

    /** One site's share in the three cases. */
    public record SiteCover(String site, Share pessimistic, Share central, Share optimistic) {}
}
