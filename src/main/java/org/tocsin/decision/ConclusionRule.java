package org.tocsin.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a conclusion from element findings (determination.md section 7, validation rules 1 and 2):
 *
 * <ol>
 *   <li>The conjuncts are every required element and every group of alternatives; optional elements
 *       are recorded but do not count.</li>
 *   <li>A group stands as its best member: established if any member is established (one listed act
 *       suffices); otherwise unaddressed if any member is unaddressed (it might yet be established);
 *       otherwise insufficient information if any member is; otherwise not established.</li>
 *   <li>Any unaddressed conjunct makes the conclusion {@link Conclusion#INDETERMINATE}: never "no".
 *       Then any conjunct not established makes it {@link Conclusion#NOT_ESTABLISHED}; then any with
 *       insufficient information {@link Conclusion#INSUFFICIENT_INFORMATION}; all established,
 *       {@link Conclusion#ESTABLISHED}.</li>
 * </ol>
 *
 * A pure function of the findings: no free text enters it.
 */
public final class ConclusionRule {

    private ConclusionRule() {}

    /**
     * The conclusion and what it rests on.
     *
     * @param conjuncts  each required element and each group, with its status, in the order of the findings
     * @param carriedAt  for an established conclusion, the weakest standard among the findings that carry it
     *                   (each required element, and the strongest established member of each group); else empty
     */
    public record Judgement(Conclusion conclusion, Map<String, ElementStatus> conjuncts, List<String> unaddressed,
                            List<String> notEstablished, List<String> insufficient, Optional<StandardOfProof> carriedAt) {
        public Judgement {
            conjuncts = Collections.unmodifiableMap(new LinkedHashMap<>(conjuncts));
            unaddressed = List.copyOf(unaddressed);
            notEstablished = List.copyOf(notEstablished);
            insufficient = List.copyOf(insufficient);
        }
    }

    public static Judgement judge(List<ElementFinding> findings) {
        Map<String, ElementStatus> conjuncts = new LinkedHashMap<>();
        Map<String, List<ElementFinding>> groups = new LinkedHashMap<>();
        List<StandardOfProof> carrying = new ArrayList<>();
        for (ElementFinding f : findings) {
            switch (f.requirement().kind()) {
                case REQUIRED -> {
                    conjuncts.put(f.element(), f.status());
                    carrying.add(f.standard());
                }
                case ONE_OF -> {
                    String g = f.requirement().group();
                    conjuncts.putIfAbsent(g, ElementStatus.UNADDRESSED);
                    groups.computeIfAbsent(g, k -> new ArrayList<>()).add(f);
                }
                case OPTIONAL -> { }
            }
        }
        if (conjuncts.isEmpty()) throw new IllegalArgumentException("no finding enters the conclusion");
        groups.forEach((g, members) -> {
            conjuncts.put(g, groupStatus(members));
            members.stream().filter(m -> m.status() == ElementStatus.ESTABLISHED).map(ElementFinding::standard)
                    .max(StandardOfProof.ORDER).ifPresent(carrying::add);
        });
        List<String> unaddressed = new ArrayList<>();
        List<String> notEstablished = new ArrayList<>();
        List<String> insufficient = new ArrayList<>();
        conjuncts.forEach((id, status) -> {
            switch (status) {
                case UNADDRESSED -> unaddressed.add(id);
                case NOT_ESTABLISHED -> notEstablished.add(id);
                case INSUFFICIENT_INFORMATION -> insufficient.add(id);
                case ESTABLISHED -> { }
            }
        });
        Conclusion conclusion = !unaddressed.isEmpty() ? Conclusion.INDETERMINATE
                : !notEstablished.isEmpty() ? Conclusion.NOT_ESTABLISHED
                : !insufficient.isEmpty() ? Conclusion.INSUFFICIENT_INFORMATION
                : Conclusion.ESTABLISHED;
        Optional<StandardOfProof> carriedAt = conclusion == Conclusion.ESTABLISHED ? StandardOfProof.weakest(carrying) : Optional.empty();
        return new Judgement(conclusion, conjuncts, unaddressed, notEstablished, insufficient, carriedAt);
    }

    /** A group of alternatives stands as its best member; an unaddressed member keeps it open. */
    static ElementStatus groupStatus(List<ElementFinding> members) {
        boolean unaddressed = false;
        boolean insufficient = false;
        for (ElementFinding m : members) {
            switch (m.status()) {
                case ESTABLISHED -> { return ElementStatus.ESTABLISHED; }
                case UNADDRESSED -> unaddressed = true;
                case INSUFFICIENT_INFORMATION -> insufficient = true;
                case NOT_ESTABLISHED -> { }
            }
        }
        return unaddressed ? ElementStatus.UNADDRESSED : insufficient ? ElementStatus.INSUFFICIENT_INFORMATION : ElementStatus.NOT_ESTABLISHED;
    }
}
