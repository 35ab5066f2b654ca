package org.tocsin.escalation;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * M3: in January 1994 the raid on the arms caches was refused as "beyond the mandate" of a
 * Chapter VI mission, and nobody took the question to the body that could change the mandate.
 * A refusal on the ground {@code outside_mandate} is a mandate gap: it goes, automatically, to every
 * member of the body that mandates the mission (per the mandate in force on the day of the refusal).
 */
public final class MandateGapPolicy {

    private MandateGapPolicy() {}

    public sealed interface Verdict {
        record Gap(Mandate mandate, String body, String explanation) implements Verdict {}

        record NoGap(String reason) implements Verdict {}
    }

    public static Verdict check(ActionRequest request, RequestDecision decision, MandateHistory mandates) {
        if (!decision.onMandateGrounds()) return new Verdict.NoGap("not a refusal on mandate grounds");
        LocalDate day = LocalDate.ofInstant(decision.decidedAt(), ZoneOffset.UTC);
        var mandate = mandates.inForceOn(day);
        if (mandate.isEmpty()) return new Verdict.NoGap("the situation file gives no mandate in force on " + day);
        String body = mandate.get().mandatingBody();
        if (body == null || body.isBlank()) return new Verdict.NoGap("the mandate in force on " + day + " names no mandating body");
        Mandate m = mandate.get();
        String explanation = "Mandate gap: the request \"" + request.action() + "\" (" + request.requestedBy() + ") was refused on "
                + day + " by " + decision.author() + " as outside the mandate (Chapter " + m.chapter()
                + (m.useOfForce() == null ? "" : ", use of force: " + m.useOfForce()) + "). Only " + body
                + ", which mandates the mission, can close the gap; every member is informed."
                + (decision.rationale() == null ? "" : " Refusal: " + decision.rationale());
        return new Verdict.Gap(m, body, explanation);
    }
}
