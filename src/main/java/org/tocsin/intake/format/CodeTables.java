package org.tocsin.intake.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The code tables the event-data readers map through, kept as versioned data under
 * {@code src/main/resources/codes/} rather than as constants so that a correction is a reviewed
 * change to one row: FIPS 10-4 and Gleditsch–Ward to ISO 3166-1 alpha-2, CAMEO event names, and
 * CAMEO codes to Framework of Analysis indicators. Lines starting with {@code #} are comments.
 */
final class CodeTables {

    /** A CAMEO event code's name; root codes (two digits) also carry a verb and preposition for summaries. */
    record CameoEvent(String code, String name, String verb, String preposition) {}

    /** What a CAMEO code says for risk: Framework indicators, and {@code violence} or {@code tension} (or null). */
    record Classification(List<String> indicators, String eventClass) {
        static final Classification NONE = new Classification(List.of(), null);
    }

    private static final class Standard {
        static final CodeTables INSTANCE = new CodeTables();
    }

    private final Map<String, String> fipsToIso = new HashMap<>();
    private final Map<Integer, String> gwToIso = new HashMap<>();
    private final Map<String, CameoEvent> cameo = new HashMap<>();
    private final Map<String, Classification> cameoIndicators = new HashMap<>();

    private CodeTables() {
        load("fips-to-iso.csv", r -> fipsToIso.put(r.get("fips"), r.get("iso2")));
        load("gw-to-iso.csv", r -> gwToIso.put(Integer.valueOf(r.get("gw")), r.get("iso2")));
        load("cameo-events.csv", r -> cameo.put(r.get("code"),
                new CameoEvent(r.get("code"), r.get("name"), r.get("verb"), r.get("preposition"))));
        load("cameo-indicators.csv", r -> cameoIndicators.put(r.get("code"), new Classification(
                r.get("indicators").isBlank() ? List.of() : Arrays.asList(r.get("indicators").trim().split("\\s+")),
                r.get("class").isBlank() ? null : r.get("class"))));
    }

    static CodeTables standard() { return Standard.INSTANCE; }

    /** ISO alpha-2 for a FIPS 10-4 code; empty when unknown or when no ISO code stands for the place. */
    Optional<String> isoForFips(String fips) {
        return Optional.ofNullable(fips).map(fipsToIso::get).filter(s -> !s.isEmpty());
    }

    /** ISO alpha-2 for a Gleditsch–Ward number; empty when unknown or for a state with no ISO successor. */
    Optional<String> isoForGw(int gw) {
        return Optional.ofNullable(gwToIso.get(gw)).filter(s -> !s.isEmpty());
    }

    Optional<CameoEvent> cameo(String code) { return Optional.ofNullable(code).map(cameo::get); }

    /** The most specific row wins: the full event code, then its three-digit base, then its root. */
    Classification classify(String eventCode) {
        if (eventCode == null) return Classification.NONE;
        for (int n = Math.min(eventCode.length(), 4); n >= 2; n--) {
            Classification c = cameoIndicators.get(eventCode.substring(0, n));
            if (c != null) return c;
        }
        return Classification.NONE;
    }

    /** Every indicator code the CAMEO table uses, for checking against the taxonomy. */
    List<String> cameoIndicatorCodes() {
        return cameoIndicators.values().stream().flatMap(c -> c.indicators().stream()).distinct().sorted().toList();
    }

    private interface Row {
        String get(String column);
    }

    private static void load(String name, Consumer<Row> sink) {
        String path = "/codes/" + name;
        try (InputStream in = CodeTables.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            CsvTokenizer csv = new CsvTokenizer(new InputStreamReader(in, StandardCharsets.UTF_8), ',', 10_000);
            Map<String, Integer> header = null;
            for (CsvTokenizer.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.blank() || row.fields().getFirst().startsWith("#")) continue;
                if (row.problem() != null) throw new IllegalStateException(path + " line " + row.line() + " " + row.problem());
                List<String> fields = row.fields();
                if (header == null) {
                    header = new HashMap<>();
                    for (int i = 0; i < fields.size(); i++) header.put(fields.get(i), i);
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new IllegalStateException(path + " line " + row.line() + " has " + fields.size() + " fields, expected " + header.size());
                }
                Map<String, Integer> columns = header;
                sink.accept(column -> {
                    Integer i = columns.get(column);
                    if (i == null) throw new IllegalStateException(path + " has no column " + column);
                    return fields.get(i);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
