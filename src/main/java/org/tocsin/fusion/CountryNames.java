package org.tocsin.fusion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names and aliases by ISO 3166-1 alpha-2 code, used to recognise that a place written as
 * free text ("Bujumbura, Burundi") lies in some country. Shipped as {@value #RESOURCE}: every African
 * state, every other UN member and a few territories. Matching is case-, accent- and punctuation-
 * insensitive and whole-word: a segment names a country when it is, or ends with, one of its names,
 * and the longest such name wins, so "South Sudan" is not Sudan and "Nigeria" is not Niger.
 */
public final class CountryNames {

    public static final String RESOURCE = "/fusion/country-names.csv";

    /** Normalised name → ISO2, longest names first so that the first suffix match is the longest. */
    private final Map<String, String> byName;

    private CountryNames(Map<String, String> byName) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(byName.entrySet());
        entries.sort((a, b) -> b.getKey().length() != a.getKey().length()
                ? Integer.compare(b.getKey().length(), a.getKey().length()) : a.getKey().compareTo(b.getKey()));
        this.byName = new LinkedHashMap<>();
        entries.forEach(e -> this.byName.put(e.getKey(), e.getValue()));
    }

    /** The list shipped with Tocsin. */
    public static CountryNames standard() {
        try (InputStream in = CountryNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code iso2,name,aliases} lines (aliases separated by {@code |}); {@code #} starts a comment. */
    public static CountryNames load(InputStream in) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("iso2,")) continue;
            String[] cols = line.split(",", -1);
            if (cols.length < 2 || !cols[0].matches("[A-Z]{2}")) throw new IllegalArgumentException("bad country line: " + line);
            names.put(normalise(cols[1]), cols[0]);
            if (cols.length > 2 && !cols[2].isBlank()) {
                for (String alias : cols[2].split("\\|")) names.put(normalise(alias), cols[0]);
            }
        }
        return new CountryNames(names);
    }

    /** An ad-hoc list, e.g. for tests: ISO2 → names. */
    public static CountryNames of(Map<String, ? extends Collection<String>> namesByCountry) {
        Map<String, String> names = new LinkedHashMap<>();
        namesByCountry.forEach((iso2, list) -> list.forEach(n -> names.put(normalise(n), iso2)));
        return new CountryNames(names);
    }

    /** The country a text segment names (it is, or ends with, a country name), if any. */
    public Optional<Match> countryIn(String segment) {
        String text = normalise(segment);
        if (text.isEmpty()) return Optional.empty();
        for (Map.Entry<String, String> e : byName.entrySet()) {
            if (endsWithWord(text, e.getKey())) return Optional.of(new Match(e.getValue(), e.getKey().length()));
        }
        return Optional.empty();
    }

    /** A recognised country and how long the matched name was (to compare with other matches). */
    public record Match(String country, int length) {}

    static boolean endsWithWord(String text, String name) {
        return text.equals(name) || (text.endsWith(name) && text.charAt(text.length() - name.length() - 1) == ' ');
    }

    /** Lower case, accents stripped, anything but letters and digits turned to single spaces. */
    static String normalise(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
