package org.tocsin.decision;

import org.tocsin.intake.SignalKey;

import java.util.ArrayList;
import java.util.List;

/** Object mother for element findings: a genocide grid, element by element. */
final class Findings {

    static final DeterminationCatalogue CATALOGUE = DeterminationCatalogue.standard();
    static final String SITUATION = "testland";

    private Findings() {}

    static DeterminationType type(String id) { return CATALOGUE.type(id).orElseThrow(); }

    /** Every element of a type at one status, at reasonable grounds. */
    static List<ElementFinding> all(String type, ElementStatus status) {
        return all(type, status, StandardOfProof.REASONABLE_GROUNDS);
    }

    static List<ElementFinding> all(String type, ElementStatus status, StandardOfProof standard) {
        List<ElementFinding> out = new ArrayList<>();
        for (DeterminationType.TypeElement te : type(type).elements()) out.add(finding(te.element(), te.requirement(), status, standard));
        return out;
    }

    static ElementFinding finding(String element, Requirement requirement, ElementStatus status, StandardOfProof standard) {
        return status == ElementStatus.UNADDRESSED ? ElementFinding.unaddressed(element, requirement, standard)
                : new ElementFinding(element, requirement, status, standard, List.of(new EvidenceLink(new SignalKey(SITUATION, "s-1"),
                EvidenceLink.Bearing.SUPPORTS, null)), List.of(), "the evidence shows it");
    }

    /** The same findings with one element changed. */
    static List<ElementFinding> with(List<ElementFinding> findings, String element, ElementStatus status) {
        return with(findings, element, status, null);
    }

    static List<ElementFinding> with(List<ElementFinding> findings, String element, ElementStatus status, StandardOfProof standard) {
        List<ElementFinding> out = new ArrayList<>();
        for (ElementFinding f : findings) {
            out.add(f.element().equals(element) ? finding(element, f.requirement(), status, standard == null ? f.standard() : standard) : f);
        }
        return out;
    }

    /** Genocide with every conjunct established through one act, GEN-A(a); the other acts not established. */
    static List<ElementFinding> genocideThroughKilling() {
        List<ElementFinding> f = all("GENOCIDE", ElementStatus.NOT_ESTABLISHED);
        for (String e : List.of("GEN-G1", "GEN-G2", "GEN-A(a)", "GEN-I", "GEN-P")) f = with(f, e, ElementStatus.ESTABLISHED);
        return f;
    }
}
