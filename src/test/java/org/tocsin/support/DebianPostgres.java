package org.tocsin.support;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server from the operating system's packages (Debian's postgresql-15 on the
 * project's machines), for testing Tocsin against an external database. As root, the server runs
 * as the {@code postgres} user (initdb refuses root). Skips the test when no server is installed.
 */
public final class DebianPostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean root;

    private DebianPostgres(Path bin, Path dir, int port, boolean root) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.root = root;
    }

    public static DebianPostgres start() throws IOException, InterruptedException {
        Path bin = findBin();
        Assumptions.assumeTrue(bin != null,
                "No PostgreSQL server binaries under /usr/lib/postgresql: install them (apt-get install -y postgresql) to test external-database mode");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "tocsin-pg-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        if (root) plain(List.of("chown", "postgres:postgres", dir.toString()));
        DebianPostgres pg = new DebianPostgres(bin, dir, port, root);
        pg.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
                "-U", "postgres", "-E", "UTF8", "--locale=C"), root);
        pg.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dir.resolve("log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost", "start"), root);
        return pg;
    }

    /** The major version in use, e.g. 15. */
    public int version() {
        return Integer.parseInt(bin.getParent().getFileName().toString());
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    private static Path findBin() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) return null;
        try (Stream<Path> versions = Files.list(base)) {
            // the oldest installed version: Tocsin promises 15 or newer
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .min(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString()))).orElse(null);
        }
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("command failed: " + String.join(" ", full) + "\n" + out);
        }
    }

    private static void plain(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"), root);
        plain(List.of("rm", "-rf", dir.toString()));
    }
}
