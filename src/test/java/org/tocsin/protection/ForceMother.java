package org.tocsin.protection;

import org.tocsin.common.Parsed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Forces for tests: the real Rwanda 1994 force file, and small made-up ones built figure by figure. */
final class ForceMother {

    static final Path RWANDA_FILE = Path.of("src/main/resources/demo/rwanda-1993-1994.force.json");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private ForceMother() {}

    static JsonNode rwandaDocument() {
        try {
            return JSON.readTree(Files.readString(RWANDA_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rwandaText() {
        try {
            return Files.readString(RWANDA_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ForceModel rwanda() {
        return switch (new ForceFileParser().parse(rwandaDocument())) {
            case Parsed.Ok<ForceModel> ok -> ok.value();
            case Parsed.Refused<ForceModel> r -> throw new AssertionError("the Rwanda force file does not parse: " + r.errors());
        };
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Provenance sourced(Confidence c, String... sources) {
        return new Provenance(Arrays.asList(sources), c);
    }

    static Figure figure(String date, long value, Confidence c) {
        return new Figure(DateSpan.parse(date).orElseThrow(), Optional.of(Estimate.exactly(value)), sourced(c, "S1"), "");
    }

    static Figure figure(String date, long value, long low, long high, Confidence c) {
        return new Figure(DateSpan.parse(date).orElseThrow(), Optional.of(Estimate.of(value, low, high)), sourced(c, "S1"), "");
    }

    static Figure notEstablished(String date, Confidence c) {
        return new Figure(DateSpan.parse(date).orElseThrow(), Optional.empty(), sourced(c, "S1"), "number not established");
    }

    static Contingent unit(String id, String country, Figure... strength) {
        return new Contingent(id, country, "unit " + id, ContingentKind.UNIT, List.of(), List.of(), List.of(), Optional.empty(),
                new FigureSeries(List.of(strength)), "");
    }

    static Contingent total(Figure... strength) {
        return new Contingent("TOTAL", "all", "mission total", ContingentKind.MISSION_TOTAL, List.of(), List.of(), List.of(),
                Optional.empty(), new FigureSeries(List.of(strength)), "");
    }

    static Guard guard(String contingent, String from, String to) {
        return new Guard(DateSpan.parse(from).orElseThrow(), DateSpan.parse(to).orElseThrow(), new Guard.ByContingent(contingent),
                Optional.empty(), sourced(Confidence.MEDIUM, "S1"), "");
    }

    static Guard describedGuard(String text, String from, String to) {
        return new Guard(DateSpan.parse(from).orElseThrow(), DateSpan.parse(to).orElseThrow(), new Guard.ByDescription(text),
                Optional.empty(), sourced(Confidence.LOW, "S1"), "");
    }

    static Site site(String id, List<Guard> guards, Figure... people) {
        return new Site(id, "site " + id, "Town", Optional.empty(), guards, new FigureSeries(List.of(people)), List.of(), "");
    }

    static Dependency dependency(String from, String to, String type, Confidence c) {
        return new Dependency(from, to, type, DependencyKind.of(type), from + " relies on " + to, sourced(c, "S1"));
    }

    static ForceModel force(List<Contingent> contingents, List<Site> sites, List<Dependency> dependencies) {
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put("S1", new Source("S1", "a test source", "", "test", "high"));
        List<ModelReference> models = new ArrayList<>();
        models.add(new ModelReference("CONTAGION", "Contributors follow", "contributors withdraw after others do (contagion)", List.of(), true));
        return new ForceModel("test force", sources, contingents, sites, dependencies, List.of(), models);
    }

    static ForceBasis basis() {
        return ForceBasis.file("test", "test.force.json", "test force");
    }
}
