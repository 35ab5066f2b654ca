package org.tocsin.decision;

import org.tocsin.taxonomy.Taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * Where the reference maps a Framework of Analysis risk factor or indicator to legal elements or
 * inference rules (determination.md section 5.2). Only these mappings pre-fill elements; every
 * other element is a person's finding. A factor-level code ({@code RF10}) covers all its indicators;
 * an indicator code ({@code RF07.10}) only itself.
 *
 * @param elements       element ids, or a group of alternatives (e.g. {@code WC-ACT}: "one of the listed acts")
 * @param inferenceRules rules the evidence supports, suggested on every element they apply to
 */
public record IndicatorMapping(List<String> codes, List<String> elements, List<String> inferenceRules, String source,
                               String provenance) {

    public IndicatorMapping {
        codes = List.copyOf(codes);
        elements = List.copyOf(elements);
        inferenceRules = List.copyOf(inferenceRules);
        Objects.requireNonNull(source, "source");
        provenance = provenance == null ? "" : provenance;
    }

    public boolean matches(String code) {
        for (String c : codes) {
            if (c.equals(code)) return true;
            if (c.length() == 4 && Taxonomy.factorOf(code).equals(c)) return true;
        }
        return false;
    }
}
