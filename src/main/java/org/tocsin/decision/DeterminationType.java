package org.tocsin.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of determination, as data: a crime (or a serious risk of one) as a set of elements, which of
 * them are conjunctive and which alternatives, the standards of proof it may be made at, and the
 * obligations that follow from each conclusion.
 *
 * @param statements what an established conclusion says, per question it can answer (the first is the default)
 * @param reading    how the elements are to be read for this type, for the people recording it
 * @param fallback   what to evaluate when this type is not established (genocide → persecution and
 *                   extermination as crimes against humanity), or null
 */
public record DeterminationType(String id, String name, String crime, String framework, String provenance, String reference,
                                Map<Question, String> statements, String reading, Set<StandardOfProof> standards,
                                StandardOfProof defaultStandard, List<Group> groups, List<TypeElement> elements,
                                List<ObligationTrigger> obligations, Fallback fallback) {

    /** One element of the type and how it counts. */
    public record TypeElement(String element, Requirement requirement) {}

    /** A group of alternatives: any one established member establishes the group. */
    public record Group(String id, String name) {}

    /** An obligation the type opens when its conclusion is one of {@code on}. */
    public record ObligationTrigger(String obligation, Set<Conclusion> on) {
        public ObligationTrigger { on = Set.copyOf(on); }
    }

    /** The reference's validation rule 4: a type to evaluate instead, focusing on some of its elements. */
    public record Fallback(String type, List<String> elements, String reason) {
        public Fallback { elements = List.copyOf(elements); }
    }

    public DeterminationType {
        Objects.requireNonNull(id, "id");
        statements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statements));
        standards = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(standards));
        groups = List.copyOf(groups);
        elements = List.copyOf(elements);
        obligations = List.copyOf(obligations);
        if (statements.isEmpty()) throw new IllegalArgumentException(id + ": a type answers at least one question");
        if (!standards.contains(defaultStandard)) throw new IllegalArgumentException(id + ": the default standard is not one of its standards");
    }

    public Optional<Fallback> fallbackType() { return Optional.ofNullable(fallback); }

    public Question defaultQuestion() { return statements.keySet().iterator().next(); }

    public Optional<Requirement> requirementOf(String element) {
        return elements.stream().filter(e -> e.element().equals(element)).map(TypeElement::requirement).findFirst();
    }

    public List<String> elementIds() { return elements.stream().map(TypeElement::element).toList(); }

    public Optional<Group> group(String id) { return groups.stream().filter(g -> g.id().equals(id)).findFirst(); }

    /** The members of a group of alternatives, in order. */
    public List<String> members(String group) {
        List<String> out = new ArrayList<>();
        for (TypeElement e : elements) if (group.equals(e.requirement().group())) out.add(e.element());
        return out;
    }

    /** Whether a recorded determination of this type with this conclusion opens the obligation. */
    public List<String> obligationsOn(Conclusion conclusion) {
        return obligations.stream().filter(o -> o.on().contains(conclusion)).map(ObligationTrigger::obligation).toList();
    }

    public boolean isSeriousRisk() { return statements.containsKey(Question.SERIOUS_RISK); }
}
