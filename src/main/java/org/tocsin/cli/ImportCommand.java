package org.tocsin.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.context.ConfigurableApplicationContext;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.ImportReport;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.format.ImportFormat;
import org.tocsin.intake.format.UndecodableInputException;
import org.tocsin.situation.SituationId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports bulk files into a situation (created if it does not exist).",
                "Works on the same store as serve: run them one after the other on the embedded store,",
                "or point both at an external PostgreSQL with TOCSIN_DB_URL."})
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--situation", required = true, description = "Situation id (a slug, e.g. rwanda-1993-1994).")
    String situation;

    @Option(names = "--format", required = true, description = "case, gdelt1, gdelt2 or ucdp.")
    String format;

    @Option(names = "--skip-invalid", description = "Import the valid records and list the invalid ones (default: refuse the whole file).")
    boolean skipInvalid;

    @Option(names = "--label", defaultValue = "AMBER", description = "Distribution label for records without one (default ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--json", description = "Print each report as JSON.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        if (!SituationId.valid(situation)) throw new ParameterException(spec.commandLine(), "--situation must be a slug such as rwanda-1993-1994");
        ImportFormat f = ImportFormat.parse(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--format must be case, gdelt1, gdelt2 or ucdp"));
        Tlp tlp = Tlp.parse(label).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--label must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED"));
        for (Path file : files) {
            if (!Files.isReadable(file)) throw new ParameterException(spec.commandLine(), "cannot read " + file);
        }
        int failures = 0;
        try (ConfigurableApplicationContext ctx = SpringContexts.start(false, Map.of("tocsin.demo", "off",
                "logging.level.root", "WARN"))) {
            ImportService imports = ctx.getBean(ImportService.class);
            for (Path file : files) {
                long size = Files.size(file);
                long started = System.nanoTime();
                ImportReport report;
                try (InputStream in = progress(file, size)) {
                    report = imports.importStream(new ImportService.Request(situation, f, skipInvalid, tlp,
                            "cli:" + System.getProperty("user.name", "unknown"), file.getFileName().toString()), in);
                } catch (UndecodableInputException e) {
                    System.err.println(file + ": refused: " + e.getMessage() + "; nothing was imported");
                    failures++;
                    continue;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                if (!report.committed()) failures++;
                print(file, report, seconds);
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static InputStream progress(Path file, long size) throws Exception {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (size < (4L << 20) || System.console() == null) return raw;
        return ProgressBar.wrap(raw, new ProgressBarBuilder().setTaskName(file.getFileName().toString())
                .setInitialMax(size).setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).setUpdateIntervalMillis(500));
    }

    private void print(Path file, ImportReport report, double seconds) {
        if (json) {
            System.out.println(JsonMapper.builder().build().writeValueAsString(report));
            return;
        }
        System.out.printf("%s → %s (%s): %s; %d records read in %.1f s (%.0f records/s)%n", file, report.situation(),
                report.format(), report.summary(), report.read(), seconds, report.read() / Math.max(seconds, 1e-9));
        for (ImportReport.Rejection r : report.rejections()) {
            r.errors().forEach(e -> System.out.printf("  record %d (line %d)%s: %s %s%n", r.record(), r.line(),
                    r.id() == null ? "" : " id " + r.id(), e.field(), e.reason()));
        }
        if (report.rejected() > report.rejections().size()) {
            System.out.printf("  … and %d more%n", report.rejected() - report.rejections().size());
        }
    }
}
