package org.tocsin.decision;

import org.tocsin.common.FieldError;

import java.util.List;

/**
 * The exclusion test INF-X (determination.md section 1.3, validation rule 3): when an intent element
 * (GEN-I) is recorded as established at a standard under which inferred intent must be the
 * <em>only reasonable inference</em> (the ICJ's "fully conclusive", beyond reasonable doubt), the
 * author must record the alternative explanations considered and why each is rejected. Without that,
 * the determination is refused. Under "reasonable grounds" (a commission of inquiry, an ICC arrest
 * warrant) alternatives are recorded but need not all be excluded (Al Bashir AC 2010).
 *
 * <p>The reference's engine note asks for this whenever the selected standard is "only reasonable
 * inference", so it applies to an established intent element at such a standard whether or not the
 * finding cites inference rules: naming no rule must not be a way around it.
 */
public final class ExclusionTest {

    private ExclusionTest() {}

    public sealed interface Verdict {
        record Allowed(String reason) implements Verdict {}

        record Rejected(FieldError error) implements Verdict {}
    }

    public static Verdict check(List<ElementFinding> findings, List<AlternativeExplanation> alternatives, DeterminationCatalogue catalogue) {
        for (ElementFinding f : findings) {
            boolean intent = catalogue.element(f.element()).map(LegalElement::exclusionTest).orElse(false);
            if (!intent || f.status() != ElementStatus.ESTABLISHED) continue;
            StandardDefinition sop = catalogue.standard(f.standard());
            if (!sop.onlyReasonableInference()) continue;
            String at = f.element() + " is established at " + sop.label() + " (" + sop.standard().id() + ")";
            if (alternatives.isEmpty()) {
                return new Verdict.Rejected(new FieldError("alternatives", "is required: " + at
                        + ", where intent inferred from the circumstances must be the only reasonable inference; record each"
                        + " alternative explanation considered (e.g. counter-insurgency, displacement only, a military objective)"
                        + " and why it is rejected (exclusion test INF-X)"));
            }
            for (int i = 0; i < alternatives.size(); i++) {
                AlternativeExplanation a = alternatives.get(i);
                if (!a.rejected()) {
                    return new Verdict.Rejected(new FieldError("alternatives[" + i + "].rejected", "must be true: " + at
                            + ", and an alternative explanation that is not rejected means intent is not the only reasonable"
                            + " inference; reject it with a reason, or record " + f.element() + " as not established or insufficient_information"));
                }
                if (a.reason() == null) {
                    return new Verdict.Rejected(new FieldError("alternatives[" + i + "].reason", "is required: why the alternative is rejected"));
                }
            }
            return new Verdict.Allowed(at + "; " + alternatives.size() + " alternative explanation(s) recorded and rejected with reasons");
        }
        return new Verdict.Allowed("no intent element is established at an only-reasonable-inference standard");
    }
}
