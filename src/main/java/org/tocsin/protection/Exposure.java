package org.tocsin.protection;

import java.util.List;
import java.util.Optional;

/**
 * People left without a guard: a sum over sites of their people figures, as a range, with the weakest
 * confidence among them; sites whose numbers are not established are named, not counted as zero.
 *
 * @param confidence empty when no site is concerned
 */
public record Exposure(Estimate people, Optional<Confidence> confidence, List<String> sites, List<String> unknownSites) {

    public Exposure {
        sites = List.copyOf(sites);
        unknownSites = List.copyOf(unknownSites);
    }

    public static final Exposure NONE = new Exposure(Estimate.ZERO, Optional.empty(), List.of(), List.of());

    public boolean isNone() { return sites.isEmpty(); }

    /** Sums the people at {@code impacts}. */
    public static Exposure of(List<SiteImpact> impacts) {
        Estimate sum = Estimate.ZERO;
        Confidence weakest = Confidence.HIGH;
        List<String> sites = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (SiteImpact s : impacts) {
            sites.add(s.site());
            switch (s.people()) {
                case Reading.Established e -> {
                    sum = sum.plus(e.estimate());
                    weakest = weakest.weakest(e.confidence());
                }
                case Reading.NotEstablished n -> {
                    unknown.add(s.site());
                    weakest = weakest.weakest(n.confidence());
                }
                case Reading.NoFigure _ -> {
                    unknown.add(s.site());
                    weakest = weakest.weakest(Confidence.UNCONFIRMED);
                }
            }
        }
        return new Exposure(sum, sites.isEmpty() ? Optional.empty() : Optional.of(weakest), sites, unknown);
    }

    /** "2,000 (2,000–4,000), confidence high", "none". */
    public String text() {
        if (isNone()) return "none";
        return people.text() + ", confidence " + confidence.orElseThrow().wire()
                + (unknownSites.isEmpty() ? "" : "; not counted (no established figure): " + String.join(", ", unknownSites));
    }
}
