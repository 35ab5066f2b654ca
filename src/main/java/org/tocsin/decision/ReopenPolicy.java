package org.tocsin.decision;

import org.tocsin.intake.SignalKey;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a prompt may open a new due item for a type already determined. A recorded determination
 * answers the prompt: an established one for good; any other (not established, indeterminate,
 * insufficient information) until evidence arrives that it did not consider. "Considered" means
 * cited in the determination, or among the signals that triggered the item it closed.
 */
public final class ReopenPolicy {

    private ReopenPolicy() {}

    public sealed interface Verdict {
        record Open(String reason) implements Verdict {}

        record Hold(String reason) implements Verdict {}
    }

    public static Verdict check(DuePolicy.Prompt.Due prompt, Optional<Determination> latest, List<DeterminationDue> closedByLatest) {
        if (latest.isEmpty()) return new Verdict.Open("no determination of " + prompt.type() + " has been recorded");
        Determination d = latest.get();
        if (d.conclusion() == Conclusion.ESTABLISHED) {
            return new Verdict.Hold("determination " + d.id() + " established it; the question is answered");
        }
        Set<SignalKey> considered = new HashSet<>();
        d.findings().forEach(f -> f.evidence().forEach(e -> considered.add(e.signal())));
        d.alternatives().forEach(a -> considered.addAll(a.evidence()));
        closedByLatest.forEach(item -> item.evidence().forEach(t -> considered.add(t.key())));
        List<String> fresh = prompt.evidence().stream().map(TriggerSignal::key).filter(k -> !considered.contains(k)).map(SignalKey::id).toList();
        if (fresh.isEmpty()) {
            return new Verdict.Hold("determination " + d.id() + " (" + d.conclusion().wire() + ") already considered the triggering evidence");
        }
        return new Verdict.Open("evidence determination " + d.id() + " (" + d.conclusion().wire() + ") did not consider: " + String.join(", ", fresh));
    }
}
