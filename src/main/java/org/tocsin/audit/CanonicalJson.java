package org.tocsin.audit;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one JSON rendering the journal hashes and signs, so that anyone can recompute a hash from an
 * exported entry, in any language: no whitespace, object keys sorted (by UTF-16 code units, as in
 * RFC 8785), strings as UTF-8 with only {@code "}, {@code \} and control characters escaped
 * ({@code \b \f \n \r \t}, others as lower-case <code>&#92;u00xx</code>), numbers as plain decimals without
 * exponent or trailing zeros ({@code 1.5}, {@code 100}, {@code -0.25}).
 *
 * <p>Values are first {@linkplain #normalize normalised} to a small model (String, BigDecimal,
 * Boolean, null, List, sorted Map) so that what goes into PostgreSQL's {@code jsonb} comes back
 * with the same rendering, and therefore the same hash.
 */
public final class CanonicalJson {

    private static final int MAX_DEPTH = 32;
    // Beyond these PostgreSQL's numeric refuses the value, and no journal detail needs them.
    private static final int MAX_DIGITS = 1000;

    private static final JsonMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 2).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CanonicalJson() {}

    /**
     * Returns the value in the journal's JSON model. Accepts strings (and other character
     * sequences), numbers, booleans, null, maps with string keys, collections and arrays, and renders
     * instants, UUIDs, enums and dates as strings. Anything else is a programming error.
     *
     * @throws IllegalArgumentException for values that cannot be journaled (NaN, a NUL character,
     *                                  an unpaired surrogate, an unknown type, a cycle)
     */
    public static Object normalize(Object value) {
        return normalize(value, 0);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> normalizeObject(Map<String, ?> map) {
        return (Map<String, Object>) normalize(map, 0);
    }

    private static Object normalize(Object value, int depth) {
        if (depth > MAX_DEPTH) throw new IllegalArgumentException("journal details are nested too deeply (or cyclic)");
        return switch (value) {
            case null -> null;
            case String s -> text(s);
            case Boolean b -> b;
            case BigDecimal d -> number(d);
            case Byte _, Short _, Integer _, Long _ -> number(BigDecimal.valueOf(((Number) value).longValue()));
            case BigInteger i -> number(new BigDecimal(i));
            case Double d -> number(finite(d, Double.toString(d)));
            case Float f -> number(finite(f, Float.toString(f)));
            case Number n -> number(new BigDecimal(n.toString()));
            case Map<?, ?> m -> {
                TreeMap<String, Object> sorted = new TreeMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!(e.getKey() instanceof String key)) {
                        throw new IllegalArgumentException("journal details need string keys, not " + e.getKey());
                    }
                    sorted.put(text(key), normalize(e.getValue(), depth + 1));
                }
                yield Collections.unmodifiableSortedMap(sorted);
            }
            case Collection<?> c -> list(c, depth);
            case Object[] a -> list(List.of(a), depth);
            case Instant i -> i.toString();
            case Enum<?> e -> e.name();
            case UUID _, CharSequence _, Character _, java.time.LocalDate _ -> text(value.toString());
            default -> throw new IllegalArgumentException("journal details cannot hold a " + value.getClass().getName()
                    + ": use strings, numbers, booleans, lists and maps");
        };
    }

    private static List<Object> list(Collection<?> c, int depth) {
        List<Object> out = new ArrayList<>(c.size());
        for (Object o : c) out.add(normalize(o, depth + 1));
        return Collections.unmodifiableList(out);
    }

    private static BigDecimal finite(double d, String text) {
        if (!Double.isFinite(d)) throw new IllegalArgumentException("journal details cannot hold " + d);
        return new BigDecimal(text);
    }

    private static BigDecimal number(BigDecimal d) {
        BigDecimal n = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        // one representation per value: 50, not 5E+1 (equal as numbers, different as BigDecimals)
        if (n.scale() < 0) n = n.setScale(0);
        if (n.precision() > MAX_DIGITS || Math.abs(n.scale()) > MAX_DIGITS) {
            throw new IllegalArgumentException("number too large or too precise for the journal");
        }
        return n;
    }

    /** Text the journal can store and hash identically: no NUL (PostgreSQL refuses it), no unpaired surrogate. */
    public static String text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) throw new IllegalArgumentException("journal text cannot contain a NUL character");
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new IllegalArgumentException("journal text cannot contain an unpaired surrogate");
            }
            if (Character.isLowSurrogate(c)) throw new IllegalArgumentException("journal text cannot contain an unpaired surrogate");
        }
        return s;
    }

    /** Instants are kept to the microsecond, PostgreSQL's precision, so they survive the store unchanged. */
    public static Instant micros(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS);
    }

    /** The canonical text of a value (normalised first). */
    public static String write(Object value) {
        StringBuilder b = new StringBuilder(256);
        write(b, normalize(value));
        return b.toString();
    }

    static void write(StringBuilder b, Object normalized) {
        switch (normalized) {
            case null -> b.append("null");
            case String s -> string(b, s);
            case Boolean bool -> b.append(bool);
            case BigDecimal d -> b.append(d.toPlainString());
            case Map<?, ?> m -> {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) b.append(',');
                    first = false;
                    string(b, (String) e.getKey());
                    b.append(':');
                    write(b, e.getValue());
                }
                b.append('}');
            }
            case List<?> l -> {
                b.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) b.append(',');
                    write(b, l.get(i));
                }
                b.append(']');
            }
            default -> throw new IllegalArgumentException("not normalised: " + normalized.getClass().getName());
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }

    /**
     * Parses JSON text (strictly: duplicate keys and trailing content are refused) into the
     * normalised model.
     *
     * @throws IllegalArgumentException when the text is not such JSON
     */
    public static Object parse(String json) {
        try {
            return normalize(READER.readValue(json, Object.class));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not well-formed JSON" + (e.getMessage() != null && e.getMessage().contains("Duplicate")
                    ? " (duplicate field)" : ""), e);
        }
    }
}
