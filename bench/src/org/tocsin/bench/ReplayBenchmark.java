package org.tocsin.bench;

import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.replay.CaseFile;
import org.tocsin.replay.CaseReplay;
import org.tocsin.taxonomy.Taxonomy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replay throughput: a synthetic case of 1,000,000 signals (the import benchmark's generator) read,
 * validated and run through the fusion engine with daily assessment, as {@code tocsin replay} does.
 *
 * <p>{@code bench/run org.tocsin.bench.ReplayBenchmark [--signals N]}
 */
public final class ReplayBenchmark {

    public static void main(String[] args) throws Exception {
        long n = args.length == 2 && args[0].equals("--signals") ? Long.parseLong(args[1]) : 1_000_000;
        Path work = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Files.createDirectories(work);
        Taxonomy taxonomy = Taxonomy.framework();
        Path file = SyntheticSignals.write(work.resolve("synthetic-" + n + ".jsonl"), n, taxonomy);
        CaseReplay replay = new CaseReplay(taxonomy, FusionParameters.defaults(), CountryNames.standard());
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            CaseFile caseFile = CaseFile.read(file, taxonomy);
            long t1 = System.nanoTime();
            CaseReplay.Result result = replay.run(caseFile);
            long t2 = System.nanoTime();
            System.out.printf("round %d: read+validate %,d signals in %.1f s (%,.0f/s); fusion replay (%d days assessed, %d level changes) "
                            + "in %.1f s (%,.0f signals/s); total %,.0f signals/s%n", round, caseFile.records().size(), (t1 - t0) / 1e9,
                    n / ((t1 - t0) / 1e9), result.timeline().points().size(), result.timeline().changes().size(), (t2 - t1) / 1e9,
                    n / ((t2 - t1) / 1e9), n / ((t2 - t0) / 1e9));
        }
    }
}
