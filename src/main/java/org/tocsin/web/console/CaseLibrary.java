package org.tocsin.web.console;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.FusionService;
import org.tocsin.replay.CaseFile;
import org.tocsin.replay.CaseReplay;
import org.tocsin.taxonomy.Taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The historical cases the replay view offers: every case file shipped under {@code classpath:demo/}
 * (the Rwanda 1993–94 case at least), with its situation file. {@link CaseFile} reads from a path, so a
 * case is copied once to a temporary folder; its replay is deterministic and kept after the first run.
 */
@Component
class CaseLibrary {

    /** A case the reader can pick. */
    record Case(String name) {}

    private final Taxonomy taxonomy;
    private final CaseReplay replay;
    private final Map<String, CaseReplay.Result> results = new ConcurrentHashMap<>();
    private volatile List<Case> cases;

    CaseLibrary(Taxonomy taxonomy, FusionService fusion, CountryNames countries) {
        this.taxonomy = taxonomy;
        this.replay = new CaseReplay(taxonomy, fusion.parameters(), countries);
    }

    List<Case> cases() {
        if (cases == null) {
            List<Case> found = new ArrayList<>();
            try {
                for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.jsonl")) {
                    String file = r.getFilename();
                    if (file != null) found.add(new Case(file.substring(0, file.length() - ".jsonl".length())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cases = found.stream().sorted(java.util.Comparator.comparing(Case::name)).toList();
        }
        return cases;
    }

    Optional<CaseReplay.Result> replay(String name) {
        if (cases().stream().noneMatch(c -> c.name().equals(name))) return Optional.empty();
        return Optional.of(results.computeIfAbsent(name, this::run));
    }

    private CaseReplay.Result run(String name) {
        try {
            Path dir = Files.createTempDirectory("tocsin-case-");
            copy("demo/" + name + ".jsonl", dir.resolve(name + ".jsonl"));
            copy("demo/" + name + ".situation.json", dir.resolve(name + ".situation.json"));
            CaseReplay.Result result = replay.run(CaseFile.read(dir.resolve(name + ".jsonl"), taxonomy));
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = CaseLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
