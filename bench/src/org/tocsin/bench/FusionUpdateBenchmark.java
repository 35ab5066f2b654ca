package org.tocsin.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tocsin.fusion.Evidence;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.fusion.Locality;
import org.tocsin.fusion.RiskScore;
import org.tocsin.fusion.SituationRisk;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.SignalKey;
import org.tocsin.taxonomy.Indicator;
import org.tocsin.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The per-signal fusion update (add one signal's evidence, then score the situation) in situations
 * already holding 10⁴ … 10⁷ signals. The cost must not grow with the situation: the figure that
 * matters is the ratio of the largest to the smallest.
 *
 * <p>{@code bench/run jmh FusionUpdateBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-XX:+UseParallelGC"})
public class FusionUpdateBenchmark {

    @Param({"10000", "100000", "1000000", "10000000"})
    public int signals;

    private SituationRisk risk;
    private List<String> codes;
    private SplittableRandom random;
    private long next;
    private final LocalDate start = LocalDate.of(2024, 1, 1);
    private LocalDate day;

    @Setup(Level.Trial)
    public void fill() {
        Taxonomy taxonomy = Taxonomy.framework();
        codes = taxonomy.factors().stream().flatMap(f -> f.indicators().stream()).map(Indicator::code).toList();
        random = new SplittableRandom(42);
        risk = new SituationRisk("bench", taxonomy, FusionParameters.defaults());
        for (next = 0; next < signals; next++) risk.add(evidence(next, signals));
        day = start.plusDays(730);
    }

    /** Realistic evidence: 400 sources, 0–4 codes, dates spread over two years in arrival order. */
    private Evidence evidence(long n, long total) {
        TreeSet<String> c = new TreeSet<>();
        for (int i = random.nextInt(5); i > 0; i--) c.add(codes.get(random.nextInt(codes.size())));
        LocalDate known = start.plusDays(Math.min(730, n * 730 / Math.max(total, 1)));
        Integer fatalities = random.nextInt(10) == 0 ? random.nextInt(50) : null;
        return new Evidence(new SignalKey("bench", "s" + n), "source-" + random.nextInt(400), List.of(),
                Reliability.values()[random.nextInt(5)], Credibility.values()[random.nextInt(5)], known, 0, c,
                random.nextInt(20) == 0, fatalities, false, Locality.INSIDE);
    }

    @Benchmark
    public RiskScore addOneSignalAndScore() {
        risk.add(evidence(next++, signals));
        return risk.score(day);
    }
}
