package org.tocsin.fusion;

import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;

import java.lang.reflect.RecordComponent;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies configuration to {@link FusionParameters}: keys are the record's component names in
 * kebab case ({@code dynamic-half-life-days=90}, {@code critical-threshold=0.7}); map entries take a
 * suffix ({@code factor-weights.RF07=0.4}, {@code reliability-factors.B=0.75}); sets are comma lists
 * ({@code killing-indicators=RF10.02,RF11.01}). Unknown keys are refused, so a typo never silently
 * leaves a default in place.
 */
public final class ParameterOverrides {

    private ParameterOverrides() {}

    public static FusionParameters apply(FusionParameters base, Map<String, String> overrides) {
        if (overrides.isEmpty()) return base;
        RecordComponent[] components = FusionParameters.class.getRecordComponents();
        Map<String, RecordComponent> byKey = new HashMap<>();
        for (RecordComponent c : components) byKey.put(kebab(c.getName()), c);
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) values[i] = components[i].getAccessor().invoke(base);
            for (var e : overrides.entrySet()) {
                String key = e.getKey();
                String head = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                String sub = key.contains(".") ? key.substring(key.indexOf('.') + 1) : null;
                RecordComponent c = byKey.get(head);
                if (c == null) throw new IllegalArgumentException("unknown fusion parameter " + key);
                int i = java.util.Arrays.asList(components).indexOf(c);
                values[i] = convert(c, values[i], sub, e.getValue().trim(), key);
            }
            return (FusionParameters) FusionParameters.class.getDeclaredConstructors()[0].newInstance(values);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("invalid fusion parameters: " + cause.getMessage(), cause);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object convert(RecordComponent c, Object current, String sub, String value, String key) {
        Class<?> type = c.getType();
        if (type == double.class) return Double.parseDouble(value);
        if (type == Reliability.class) return Reliability.parse(value).orElseThrow(() -> new IllegalArgumentException(key + ": A-F"));
        if (type == Credibility.class) return Credibility.parse(value).orElseThrow(() -> new IllegalArgumentException(key + ": 1-6"));
        if (type == Set.class) return new LinkedHashSet<>(java.util.List.of(value.split("\\s*,\\s*")));
        if (type == Map.class) {
            if (sub == null) throw new IllegalArgumentException(key + " needs an entry, e.g. " + key + ".RF07");
            Map<Object, Double> copy;
            if (c.getName().equals("reliabilityFactors")) {
                copy = new EnumMap(Reliability.class);
                copy.putAll((Map<Object, Double>) current);
                copy.put(Reliability.parse(sub).orElseThrow(() -> new IllegalArgumentException(key + ": A-F")), Double.parseDouble(value));
            } else if (c.getName().equals("credibilityFactors")) {
                copy = new EnumMap(Credibility.class);
                copy.putAll((Map<Object, Double>) current);
                copy.put(Credibility.parse(sub).orElseThrow(() -> new IllegalArgumentException(key + ": 1-6")), Double.parseDouble(value));
            } else {
                copy = new TreeMap<>((Map<Object, Double>) current);
                copy.put(sub.toUpperCase(Locale.ROOT), Double.parseDouble(value));
            }
            return copy;
        }
        throw new IllegalArgumentException("cannot configure " + key);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
