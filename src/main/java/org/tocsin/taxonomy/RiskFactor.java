package org.tocsin.taxonomy;

import java.util.List;

/**
 * One of the Framework's 14 risk factors. {@code group} is COMMON or the crime it is specific to;
 * {@code kind} is STRUCTURAL or DYNAMIC (Tocsin's grouping, not the UN text's).
 */
public record RiskFactor(String code, int number, String name, String definition, String group, String kind,
                         String provenance, String note, List<Indicator> indicators) {
    public RiskFactor {
        indicators = List.copyOf(indicators);
    }
}
