package org.tocsin.replay;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import org.tocsin.common.TocsinException;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalDefaults;
import org.tocsin.intake.SignalParser;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationParser;
import org.tocsin.taxonomy.Taxonomy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A historical case file (JSON Lines, ../shared/cases/FORMAT.md) with the situation file beside it
 * ({@code <case>.situation.json}) when there is one, read for replay. Each record is stamped as
 * received on the day it became known, as if Tocsin had been running then (the simulated clock).
 *
 * @param records the signals in file order
 */
public record CaseFile(String name, Situation situation, List<Signal> records) {

    public CaseFile {
        records = List.copyOf(records);
    }

    public static CaseFile read(Path jsonl, Taxonomy taxonomy) throws IOException {
        String file = jsonl.getFileName().toString();
        String name = file.endsWith(".jsonl") ? file.substring(0, file.length() - ".jsonl".length()) : file;
        JsonMapper json = JsonMapper.builder().build();
        Path situationFile = jsonl.resolveSibling(name + ".situation.json");
        Situation situation;
        if (Files.exists(situationFile)) {
            var parsed = new SituationParser().parse(json.readTree(situationFile.toFile()), Instant.EPOCH, "replay");
            situation = switch (parsed) {
                case Parsed.Ok<Situation> ok -> ok.value();
                case Parsed.Refused<Situation> r -> throw new TocsinException(situationFile + ": " + describe(r.errors()));
            };
        } else {
            String id = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
            situation = new Situation(id.isEmpty() ? "case" : id, name, null, null, null, null, "{}", Instant.EPOCH, "replay");
        }
        SignalParser parser = new SignalParser(taxonomy);
        SignalDefaults defaults = new SignalDefaults(situation.id(), Tlp.CLEAR);
        List<Signal> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JacksonException e) {
                    throw new TocsinException(jsonl + " line " + lineNo + ": not well-formed JSON");
                }
                Receipt provisional = new Receipt(Instant.EPOCH, "replay", Channel.IMPORT_CASE);
                switch (parser.parse(node, defaults, provisional)) {
                    case Parsed.Ok<Signal> ok -> {
                        Instant known = ok.value().time().knownOn().atStartOfDay(ZoneOffset.UTC).toInstant();
                        records.add(ok.value().withReceipt(new Receipt(known, "replay", Channel.IMPORT_CASE)));
                    }
                    case Parsed.Refused<Signal> r -> throw new TocsinException(jsonl + " line " + lineNo + ": " + describe(r.errors()));
                }
            }
        }
        return new CaseFile(name, situation, records);
    }

    /** The records in the order they became known: by known-on day, then file order (FORMAT.md). */
    public List<Signal> inOrderKnown() {
        return IntStream.range(0, records.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> records.get(i).time().knownOn()).thenComparing(i -> i))
                .map(records::get).toList();
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.reason()).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
