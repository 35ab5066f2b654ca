package org.tocsin.escalation;

import java.time.LocalDate;
import java.util.List;

/**
 * What a mission is authorised to do, as in force from {@code since}: the Charter chapter
 * (VI: consent-based monitoring; VII: enforcement), use of force, permitted actions and the body
 * that mandates it — the body a refusal on mandate grounds must reach.
 *
 * @param since the day it took effect, or null for the original mandate when the file does not say
 * @param by    the instrument, e.g. {@code S/RES/872 (1993)}
 */
public record Mandate(String chapter, String useOfForce, List<String> permittedActions, String summary,
                      String mandatingBody, String by, LocalDate since) {
    public Mandate {
        permittedActions = List.copyOf(permittedActions);
    }
}
