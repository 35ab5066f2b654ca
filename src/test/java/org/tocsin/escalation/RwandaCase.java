package org.tocsin.escalation;

import org.tocsin.common.Parsed;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalDefaults;
import org.tocsin.intake.SignalParser;
import org.tocsin.taxonomy.Taxonomy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Rwanda 1993–94 case: the situation file and the case file, from {@code ../shared/cases}
 * (system property {@code tocsin.shared}) when present, else from the demo copies on the class path.
 */
final class RwandaCase {

    static final String SITUATION = "rwanda-1993-1994";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private RwandaCase() {}

    static String read(String name) {
        Path shared = Path.of(System.getProperty("tocsin.shared", "../shared")).resolve("cases").resolve(name);
        try {
            if (Files.exists(shared)) return Files.readString(shared);
            try (InputStream in = RwandaCase.class.getResourceAsStream("/demo/" + name)) {
                if (in == null) throw new IllegalStateException("missing demo resource " + name);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode situationFile() { return JSON.readTree(read(SITUATION + ".situation.json")); }

    static SituationDetails details() { return SituationDetails.parse(SITUATION, situationFile()); }

    /** Every record of the case file as a signal, in file order. */
    static List<Signal> signals() {
        SignalParser parser = new SignalParser(Taxonomy.framework());
        Receipt receipt = new Receipt(Instant.parse("2026-01-01T00:00:00Z"), "replay", Channel.IMPORT_CASE);
        List<Signal> out = new ArrayList<>();
        for (String line : read(SITUATION + ".jsonl").lines().filter(l -> !l.isBlank()).toList()) {
            switch (parser.parse(JSON.readTree(line), new SignalDefaults(SITUATION, Tlp.CLEAR), receipt)) {
                case Parsed.Ok<Signal> ok -> out.add(ok.value());
                case Parsed.Refused<Signal> r -> throw new IllegalStateException("case record refused: " + r.errors());
            }
        }
        return out;
    }

    /** The replay's events: each record at the start of the day it became known, in file order within a day. */
    static List<EscalationSimulator.Event> events() {
        return signals().stream().<EscalationSimulator.Event>map(s -> new EscalationSimulator.Event.SignalArrived(
                SignalRequests.day(s.time().knownOn()), s)).toList();
    }
}
