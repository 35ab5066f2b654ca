package org.tocsin.taxonomy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UN Framework of Analysis for Atrocity Crimes (2014) as versioned data
 * ({@code taxonomy/framework-of-analysis.json}). Codes are {@code RF07} (factor) or {@code RF07.04}
 * (indicator); a factor-level code stands for "this factor, no single indicator fits".
 */
public final class Taxonomy {

    public static final String RESOURCE = "/taxonomy/framework-of-analysis.json";
    private static final Pattern CODE = Pattern.compile("RF\\d{2}(\\.\\d{2})?");

    private final String id;
    private final String version;
    private final String title;
    private final Map<String, RiskFactor> factors;
    private final Map<String, Indicator> indicators;

    private Taxonomy(String id, String version, String title, List<RiskFactor> factorList) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.factors = new LinkedHashMap<>();
        this.indicators = new LinkedHashMap<>();
        for (RiskFactor f : factorList) {
            factors.put(f.code(), f);
            f.indicators().forEach(i -> indicators.put(i.code(), i));
        }
    }

    /** The Framework as shipped with Tocsin. */
    public static Taxonomy framework() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Taxonomy load(InputStream in) {
        JsonNode root = JsonMapper.builder().build().readTree(in);
        List<RiskFactor> list = new ArrayList<>();
        for (JsonNode f : root.get("factors")) {
            String code = f.get("code").asString();
            List<Indicator> inds = new ArrayList<>();
            for (JsonNode i : f.get("indicators")) {
                inds.add(new Indicator(i.get("code").asString(), code, i.get("text").asString(), i.get("provenance").asString()));
            }
            list.add(new RiskFactor(code, Integer.parseInt(code.substring(2)), f.get("name").asString(),
                    f.path("definition").asString(null), f.get("group").asString(), f.get("kind").asString(),
                    f.get("provenance").asString(), f.path("note").asString(null), inds));
        }
        return new Taxonomy(root.get("taxonomy").asString(), root.get("version").asString(), root.get("title").asString(), list);
    }

    public String id() { return id; }

    public String version() { return version; }

    public String title() { return title; }

    public List<RiskFactor> factors() { return List.copyOf(factors.values()); }

    public Optional<RiskFactor> factor(String code) { return Optional.ofNullable(factors.get(code)); }

    public Optional<Indicator> indicator(String code) { return Optional.ofNullable(indicators.get(code)); }

    /** True for a known factor code ({@code RF10}) or a known indicator code ({@code RF10.02}). */
    public boolean knows(String code) {
        return code != null && (factors.containsKey(code) || indicators.containsKey(code));
    }

    public static boolean wellFormed(String code) { return code != null && CODE.matcher(code).matches(); }

    /** The factor a code belongs to: {@code RF07.04} → {@code RF07}. */
    public static String factorOf(String code) { return code.length() > 4 ? code.substring(0, 4) : code; }
}
