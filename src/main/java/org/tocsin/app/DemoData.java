package org.tocsin.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.tocsin.common.Parsed;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.ImportReport;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.format.ImportFormat;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationParser;
import org.tocsin.situation.SituationStore;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Loads the historical Rwanda 1993–94 case on first start with the embedded store, so the first
 * thing a newcomer sees is real content. {@code tocsin.demo} = auto (embedded store only), on, off.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String SITUATION = "rwanda-1993-1994";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SituationStore situations;
    private final ImportService imports;
    private final StoreConfiguration.StoreMode store;
    private final Clock clock;
    private final String mode;

    DemoData(SituationStore situations, ImportService imports, StoreConfiguration.StoreMode store, Clock clock,
             @Value("${tocsin.demo:auto}") String mode) {
        this.situations = situations;
        this.imports = imports;
        this.store = store;
        this.clock = clock;
        this.mode = mode;
    }

    boolean enabled() {
        return switch (mode) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> store.embedded();
        };
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled() || situations.exists(SITUATION)) return;
        try (InputStream situationFile = resource(SITUATION + ".situation.json");
             InputStream caseFile = resource(SITUATION + ".jsonl")) {
            var parsed = new SituationParser().parse(JsonMapper.builder().build().readTree(situationFile), clock.instant(), "demo");
            if (parsed instanceof Parsed.Ok<Situation> ok) situations.create(ok.value());
            ImportReport report = imports.importStream(
                    new ImportService.Request(SITUATION, ImportFormat.CASE, false, Tlp.CLEAR, "demo"), caseFile);
            log.info("Demo data: situation {} loaded from the historical case file: {}", SITUATION, report.summary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DemoData.class.getResourceAsStream("/demo/" + name);
        if (in == null) throw new IllegalStateException("missing demo resource " + name);
        return in;
    }
}
