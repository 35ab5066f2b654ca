package org.tocsin.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tocsin.access.AccountService;
import org.tocsin.web.security.Argon2Hashing;

import java.util.concurrent.TimeUnit;

/**
 * What one password check costs (Argon2id, 19 MiB, 2 iterations: the price a guesser pays per try,
 * and a person once per sign-in) against what one API-token check costs (SHA-256 of a 256-bit
 * secret: machines call often, and the secret's entropy makes a slow hash pointless). The ratio says
 * how much cheaper a token request is to authenticate than a sign-in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SignInCostBenchmark {

    private final Argon2Hashing argon2 = new Argon2Hashing();
    private String hash;
    private static final String PASSWORD = "a long passphrase only she knows";
    private static final String TOKEN = "tcs_" + "x".repeat(43);

    @Setup
    public void setUp() {
        hash = argon2.hash(PASSWORD);
    }

    @Benchmark
    public boolean passwordCheckArgon2id() {
        return argon2.matches(PASSWORD, hash);
    }

    @Benchmark
    public String tokenCheckSha256() {
        return AccountService.sha256(TOKEN);
    }
}
