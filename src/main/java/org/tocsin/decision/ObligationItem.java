package org.tocsin.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A tracked obligation: one entry of the obligations catalogue, opened for a situation by a recorded
 * determination (a serious risk of genocide opens the duty to prevent), with an owner, a due date for
 * a first recorded step, its state and every step taken. One active item per situation and
 * obligation: a later determination that opens the same obligation is added to
 * {@link #determinations()} rather than opening another.
 *
 * @param id             0 until stored
 * @param determinations the determinations that opened it, first first
 */
public record ObligationItem(long id, String situation, String obligation, ObligationDefinition.Kind kind, String duty,
                             String source, String provenance, String owner, Instant dueAt, List<Long> determinations,
                             ObligationState state, List<ObligationUpdate> history, Instant openedAt) {

    public ObligationItem {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(openedAt, "openedAt");
        determinations = List.copyOf(determinations);
        history = List.copyOf(history);
    }

    /** A new item for a determination, from the catalogue entry. */
    public static ObligationItem open(String situation, ObligationDefinition def, long determination, Instant at) {
        return new ObligationItem(0, situation, def.id(), def.kind(), def.duty(), def.source(), def.provenance(), def.owner(),
                at.plus(def.dueWithin()), List.of(determination), new ObligationState.Open(), List.of(), at);
    }

    public String subject() { return "obligation:" + id; }

    public boolean overdue(Instant now) { return state.active() && history.isEmpty() && now.isAfter(dueAt); }

    public ObligationItem withId(long newId) {
        return new ObligationItem(newId, situation, obligation, kind, duty, source, provenance, owner, dueAt, determinations, state,
                history, openedAt);
    }

    public ObligationItem alsoOpenedBy(long determination) {
        if (determinations.contains(determination)) return this;
        List<Long> all = new ArrayList<>(determinations);
        all.add(determination);
        return new ObligationItem(id, situation, obligation, kind, duty, source, provenance, owner, dueAt, all, state, history, openedAt);
    }

    /** Applies a step, or says why it cannot be taken from the current state. */
    public ObligationState.Transition step(ObligationState.Step step) { return state.step(step); }

    public ObligationItem after(ObligationState next, ObligationUpdate update) {
        List<ObligationUpdate> all = new ArrayList<>(history);
        all.add(update);
        return new ObligationItem(id, situation, obligation, kind, duty, source, provenance, update.owner(), dueAt, determinations,
                next, all, openedAt);
    }
}
