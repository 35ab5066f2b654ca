package org.tocsin.bench;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.app.TocsinApplication;
import org.tocsin.common.Parsed;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Channel;
import org.tocsin.intake.ImportReport;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalDefaults;
import org.tocsin.intake.SignalParser;
import org.tocsin.intake.format.ImportFormat;
import org.tocsin.intake.jdbc.BenchCopy;
import org.tocsin.taxonomy.Taxonomy;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Bulk import throughput of the whole intake path (read JSON Lines, validate, COPY to staging,
 * set-based insert with duplicate and conflict detection) into the embedded, durable store,
 * compared with PostgreSQL's own COPY of the same rows into a table with the same columns and
 * indexes, measured in the same run on the same server. Then the real GDELT West Africa files.
 *
 * <p>Usage: {@code bench/run import [--signals N] [--no-gdelt]}
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        long n = 1_000_000;
        boolean gdelt = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--signals" -> n = Long.parseLong(args[++i]);
                case "--no-gdelt" -> gdelt = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Files.createDirectories(work);
        Taxonomy taxonomy = Taxonomy.framework();

        long t0 = System.nanoTime();
        Path jsonl = SyntheticSignals.write(work.resolve("synthetic-" + n + ".jsonl"), n, taxonomy);
        Path copyFile = renderCopy(jsonl, work.resolve("synthetic-" + n + ".copy"), taxonomy);
        System.out.printf("input: %,d synthetic signals, %,d MB of JSON Lines (prepared in %.1f s)%n", n,
                Files.size(jsonl) >> 20, (System.nanoTime() - t0) / 1e9);

        Path store = work.resolve("store-" + System.currentTimeMillis());
        SpringApplication app = new SpringApplication(TocsinApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("tocsin.data.dir", store.toString(), "tocsin.demo", "off", "logging.level.root", "WARN"));
        try (ConfigurableApplicationContext ctx = app.run()) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            DataSource ds = ctx.getBean(DataSource.class);
            System.out.println("store: embedded PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
                    + ", fsync=" + jdbc.queryForObject("show fsync", String.class)
                    + ", synchronous_commit=" + jdbc.queryForObject("show synchronous_commit", String.class));

            double copy1 = copyBaseline(jdbc, ds, copyFile, n);
            ImportService imports = ctx.getBean(ImportService.class);
            long s = System.nanoTime();
            ImportReport report;
            try (InputStream in = Files.newInputStream(jsonl)) {
                report = imports.importStream(new ImportService.Request("bench", ImportFormat.CASE, false, Tlp.AMBER, "bench"), in);
            }
            double importSeconds = (System.nanoTime() - s) / 1e9;
            if (report.accepted() != n) throw new IllegalStateException("import accepted " + report.accepted() + ": " + report.summary());
            double copy2 = copyBaseline(jdbc, ds, copyFile, n);
            double copyRate = n / ((copy1 + copy2) / 2);
            double importRate = n / importSeconds;
            System.out.printf("%nCOPY baseline (same rows, same columns and indexes): %.1f s and %.1f s → %,.0f rows/s%n", copy1, copy2, copyRate);
            System.out.printf("tocsin import (parse + validate + COPY to staging + insert):  %.1f s → %,.0f signals/s%n", importSeconds, importRate);
            System.out.printf("ratio import/COPY: %.2f%n", importRate / copyRate);

            long r = System.nanoTime();
            try (InputStream in = Files.newInputStream(jsonl)) {
                report = imports.importStream(new ImportService.Request("bench", ImportFormat.CASE, false, Tlp.AMBER, "bench"), in);
            }
            System.out.printf("re-import of the same file (all duplicates, nothing written): %.1f s → %,.0f records/s (%d duplicates)%n",
                    (System.nanoTime() - r) / 1e9, n / ((System.nanoTime() - r) / 1e9), report.duplicates());

            if (gdelt) gdelt(imports);
        }
    }

    private static void gdelt(ImportService imports) throws Exception {
        Path dir = Path.of(System.getProperty("tocsin.shared", "../shared"), "data/gdelt/gdelt1-westafrica-conflict-1979-1997");
        if (!Files.isDirectory(dir)) {
            System.out.println("GDELT West Africa: skipped, " + dir + " is absent");
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        long events = 0;
        long bytes = 0;
        long s = System.nanoTime();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                ImportReport report = imports.importStream(new ImportService.Request("west-africa", ImportFormat.GDELT1, false, Tlp.CLEAR, "bench"), in);
                events += report.accepted();
            }
            bytes += Files.size(f);
        }
        double seconds = (System.nanoTime() - s) / 1e9;
        System.out.printf("GDELT 1.0 West Africa 1979–1997: %,d events from %d files (%,d MB) in %.1f s → %,.0f events/s%n",
                events, files.size(), bytes >> 20, seconds, events / seconds);
    }

    /** Renders the rows the importer would send, so COPY loads exactly the same data. */
    private static Path renderCopy(Path jsonl, Path out, Taxonomy taxonomy) throws Exception {
        if (Files.exists(out)) return out;
        SignalParser parser = new SignalParser(taxonomy);
        JsonMapper json = JsonMapper.builder().build();
        Receipt receipt = new Receipt(Instant.parse("2026-01-01T00:00:00Z"), "bench", Channel.IMPORT_CASE);
        SignalDefaults defaults = new SignalDefaults("bench-copy", Tlp.AMBER);
        StringBuilder row = new StringBuilder(2048);
        try (BufferedReader r = Files.newBufferedReader(jsonl); BufferedWriter w = Files.newBufferedWriter(out)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!(parser.parse(json.readTree(line), defaults, receipt) instanceof Parsed.Ok<Signal> ok)) {
                    throw new IllegalStateException("generator produced an invalid record");
                }
                row.setLength(0);
                BenchCopy.appendRow(row, ok.value());
                w.append(row);
            }
        }
        return out;
    }

    /** Seconds to COPY the rows into a fresh table with the signal table's columns and indexes. */
    private static double copyBaseline(JdbcTemplate jdbc, DataSource ds, Path copyFile, long n) throws Exception {
        jdbc.execute("drop table if exists signal_copy");
        jdbc.execute("create table signal_copy (like signal including all)");
        long s = System.nanoTime();
        try (Connection con = ds.getConnection(); Reader reader = Files.newBufferedReader(copyFile, StandardCharsets.UTF_8)) {
            long rows = con.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy signal_copy (" + BenchCopy.COLUMNS + ") from stdin", reader, 1 << 16);
            if (rows != n) throw new IllegalStateException("COPY loaded " + rows);
        }
        double seconds = (System.nanoTime() - s) / 1e9;
        jdbc.execute("drop table signal_copy");
        return seconds;
    }
}
