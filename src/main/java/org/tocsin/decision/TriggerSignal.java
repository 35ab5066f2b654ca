package org.tocsin.decision;

import org.tocsin.intake.SignalKey;

import java.util.ArrayList;
import java.util.List;

/**
 * A signal behind a prompt or a pre-filled element: the indicator codes it carried there and its
 * heaviest weight in the engine on the day assessed (grade × precision × decay).
 */
public record TriggerSignal(SignalKey key, String sourceId, List<String> codes, double weight) {

    public TriggerSignal {
        codes = List.copyOf(codes);
    }

    public static TriggerSignal of(SignalKey key, String sourceId, String code, double weight) {
        return new TriggerSignal(key, sourceId, List.of(code), weight);
    }

    /** The same signal seen under more codes: codes joined, the heavier weight kept. */
    public TriggerSignal and(TriggerSignal other) {
        List<String> all = new ArrayList<>(codes);
        for (String c : other.codes) if (!all.contains(c)) all.add(c);
        return new TriggerSignal(key, sourceId, all, Math.max(weight, other.weight));
    }
}
