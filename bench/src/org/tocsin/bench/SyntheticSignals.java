package org.tocsin.bench;

import org.tocsin.taxonomy.Indicator;
import org.tocsin.taxonomy.Taxonomy;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic signals in the case-file format, with realistic field sizes: summaries of
 * 150–600 characters, a few hundred sources, 0–4 indicators, coordinates, references. The same seed
 * gives the same file, so runs are comparable.
 */
public final class SyntheticSignals {

    private static final String[] KINDS = {"field_report", "intelligence", "media", "ngo_report", "diplomatic_cable",
            "public_statement", "incident"};
    private static final String[] SOURCE_TYPES = {"un_field", "un_hq", "government", "intelligence", "ngo", "church",
            "media", "informant", "member_state"};
    private static final String[] RELIABILITY = {"A", "B", "B", "C", "C", "C", "D", "E", "F"};
    private static final String[] CREDIBILITY = {"1", "2", "2", "3", "3", "3", "4", "5", "6"};
    private static final String[] PLACES = {"Kigali", "Butare", "Gisenyi", "Ruhengeri", "Kibuye", "Cyangugu", "Gitarama",
            "Byumba", "Kibungo", "Nyamata", "Gikongoro", "Kayonza", "Musanze", "Rubavu", "Huye", "Nyanza", "Muhanga"};
    private static final String[] WORDS = ("militia members were seen distributing machetes and firearms near the market "
            + "while local officials compiled lists of residents radio broadcasts called on listeners to finish the work "
            + "roadblocks were set up on the main road and identity cards were checked displaced families arrived at the "
            + "parish seeking shelter observers reported gunfire overnight and several houses burned the prefect denied "
            + "any involvement in the attacks a curfew was announced by the authorities humanitarian access remains limited")
            .split(" ");

    private final SplittableRandom random;
    private final List<String> codes;
    private final LocalDate start = LocalDate.of(2024, 1, 1);

    public SyntheticSignals(long seed, Taxonomy taxonomy) {
        this.random = new SplittableRandom(seed);
        this.codes = taxonomy.factors().stream().flatMap(f -> f.indicators().stream()).map(Indicator::code).toList();
    }

    public ObjectNode next(long n, JsonMapper json) {
        ObjectNode o = json.createObjectNode();
        o.put("id", "syn-%07d".formatted(n));
        o.put("date", start.plusDays(n * 730 / 1_000_000 % 730).toString());
        o.put("date_precision", random.nextInt(10) == 0 ? "month" : "day");
        String kind = KINDS[random.nextInt(KINDS.length)];
        o.put("kind", kind);
        int source = random.nextInt(400);
        o.put("source", "Synthetic source " + source);
        o.put("source_id", "synthetic-" + source);
        o.put("source_type", SOURCE_TYPES[source % SOURCE_TYPES.length]);
        o.put("reliability", RELIABILITY[random.nextInt(RELIABILITY.length)]);
        o.put("credibility", CREDIBILITY[random.nextInt(CREDIBILITY.length)]);
        String place = PLACES[random.nextInt(PLACES.length)];
        o.put("location", place + ", Rwanda");
        o.put("lat", -1.0 - random.nextDouble() * 1.8);
        o.put("lon", 28.9 + random.nextDouble() * 1.9);
        StringBuilder summary = new StringBuilder(place).append(':');
        int length = 150 + random.nextInt(450);
        while (summary.length() < length) summary.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        o.put("summary", summary.append('.').toString());
        var indicators = o.putArray("indicators");
        for (int i = random.nextInt(5); i > 0; i--) indicators.add(codes.get(random.nextInt(codes.size())));
        var tags = o.putArray("tags");
        for (int i = random.nextInt(4); i > 0; i--) tags.add(WORDS[random.nextInt(WORDS.length)]);
        o.putArray("recipients");
        if (kind.equals("incident") && random.nextInt(3) == 0) o.put("fatalities", random.nextInt(200));
        else o.putNull("fatalities");
        o.put("ref", "Synthetic reference " + n + ", generated for benchmarking (seeded, deterministic)");
        return o;
    }

    /** Writes {@code count} signals as a case file (JSON Lines), unless the file already exists. */
    public static Path write(Path file, long count, Taxonomy taxonomy) throws IOException {
        if (Files.exists(file)) return file;
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        JsonMapper json = JsonMapper.builder().build();
        SyntheticSignals gen = new SyntheticSignals(42, taxonomy);
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (long n = 1; n <= count; n++) {
                w.write(json.writeValueAsString(gen.next(n, json)));
                w.write('\n');
            }
        }
        return Files.move(tmp, file);
    }
}
