package org.tocsin.bench;

import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tocsin.app.TocsinApplication;
import org.tocsin.support.Api;

import javax.sql.DataSource;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * M9: how fast a critical signal reaches every responsible person. Measures, on loopback, the time
 * from the POST of a signal flagged critical to the moment the LAST of the first escalation level's
 * recipients has received its signed webhook — intake, journal, alert, deliveries, outbox, commit,
 * the sender's nudge and the HTTP delivery included — while a background client keeps posting
 * ordinary signals. The baseline is one durable single-row INSERT + COMMIT on the same server in the
 * same run (fsync on): the figure says how many durable commits' worth of time the whole chain costs.
 *
 * <p>{@code bench/run org.tocsin.bench.AlertLatencyBenchmark [--alerts N] [--recipients R]}
 */
public final class AlertLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        int alerts = 200;
        int recipients = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--alerts" -> alerts = Integer.parseInt(args[++i]);
                case "--recipients" -> recipients = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        // the receiver: counts deliveries per alert subject and notes when the last one arrived
        Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();
        Map<String, Long> lastArrival = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes());
            long now = System.nanoTime();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            var m = java.util.regex.Pattern.compile("critical signal (lat-\\d+)|evidence\\W+\\[?\\W*(lat-\\d+)").matcher(body);
            var any = java.util.regex.Pattern.compile("lat-\\d+").matcher(body);
            if (any.find()) {
                String key = any.group();
                lastArrival.merge(key, now, Math::max);
                CountDownLatch latch = waiting.get(key);
                if (latch != null) latch.countDown();
            }
        });
        receiver.start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";

        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "latency-store");
        SpringApplication app = new SpringApplication(TocsinApplication.class);
        app.setDefaultProperties(Map.of("server.port", "0", "tocsin.data.dir", dir.toString(), "tocsin.demo", "off",
                "tocsin.webhooks.secret", "bench-secret-bench-secret-bench-secret", "logging.level.root", "WARN",
                "tocsin.admin-token", ADMIN_TOKEN, "tocsin.webhooks.allow-private-addresses", "true"));
        try (ConfigurableApplicationContext ctx = app.run()) {
            Api api = new Api(Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"))).as(ADMIN_TOKEN);
            String s = "latency";
            check(api.post("/api/situations", "{\"id\": \"" + s + "\", \"name\": \"Latency\", \"country\": \"RW\"}"), 201);
            check(api.post("/api/people", "{\"id\": \"bench-head\", \"name\": \"Head of mission\", \"email\": \"head@example.org\"}"), 201);
            check(api.post("/api/situations/" + s + "/positions",
                    "{\"position\": \"head-of-mission\", \"person\": \"bench-head\", \"from\": \"2000-01-01\"}"), 201);
            List<String> people = new ArrayList<>();
            for (int i = 0; i < recipients; i++) {
                check(api.post("/api/people", "{\"id\": \"r-%d\", \"name\": \"Recipient %d\", \"email\": \"r%d@example.org\", \"webhook\": \"%s\"}".formatted(i, i, i, hook)), 201);
                people.add("\"person:r-" + i + "\"");
            }
            check(put(api, "/api/situations/" + s + "/escalation-policy", """
                    {"levels": [
                      {"name": "first responders", "recipients": [%s], "acknowledge_within": "PT2H", "decide_within": "PT24H", "renotify_every": "PT1H"},
                      {"name": "head of mission", "recipients": ["position:head-of-mission"], "acknowledge_within": "PT2H", "decide_within": "PT24H", "renotify_every": "PT1H"}]}
                    """.formatted(String.join(", ", people))), 200);

            String today = LocalDate.now(ZoneOffset.UTC).toString();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong background = new AtomicLong();
            Thread load = Thread.ofPlatform().start(() -> {
                long n = 0;
                while (running.get()) {
                    api.post("/api/signals", signal(s, "bg-" + n++, today, false));
                    background.incrementAndGet();
                }
            });

            double insertMs = durableInsertMs(ctx.getBean(DataSource.class), 200);
            long[] latencies = new long[alerts];
            long started = System.nanoTime();
            for (int i = 0; i < alerts; i++) {
                String id = "lat-" + i;
                CountDownLatch latch = new CountDownLatch(recipients);
                waiting.put(id, latch);
                long t0 = System.nanoTime();
                check(api.post("/api/signals", signal(s, id, today, true)), 201);
                if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("alert " + id + " did not reach every recipient");
                latencies[i] = lastArrival.get(id) - t0;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            running.set(false);
            load.join();
            double insertMsAfter = durableInsertMs(ctx.getBean(DataSource.class), 200);
            Arrays.sort(latencies);
            double p50 = latencies[alerts / 2] / 1e6;
            double p99 = latencies[(int) Math.min(alerts - 1, Math.ceil(alerts * 0.99) - 1)] / 1e6;
            double baseline = (insertMs + insertMsAfter) / 2;
            System.out.printf("critical signal → last of %d webhook receipts, %d alerts, with %,d background signals posted (%.0f/s):%n",
                    recipients, alerts, background.get(), background.get() / seconds);
            System.out.printf("  p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", p50, p99, latencies[alerts - 1] / 1e6);
            System.out.printf("durable single-row INSERT + COMMIT (fsync on), same server, same run: %.2f ms (%.2f before, %.2f after)%n",
                    baseline, insertMs, insertMsAfter);
            System.out.printf("ratio p50 / INSERT+COMMIT: %.1f; p99 / INSERT+COMMIT: %.1f%n", p50 / baseline, p99 / baseline);
        } finally {
            receiver.stop(0);
        }
    }

    /** The bootstrap admin token of the benchmark's own server (it creates the situation and posts as automation does). */
    private static final String ADMIN_TOKEN = "bench-admin-token-" + java.util.UUID.randomUUID();

    private static String signal(String situation, String id, String day, boolean critical) {
        return """
                {"situation": "%s", "id": "%s", "date": "%s", "kind": "field_report", "source": "Monitor %s", "source_id": "m-%s",
                 "source_type": "ngo", "reliability": "B", "credibility": "3", "location": "Kigali, Rwanda",
                 "summary": "%s", "critical": %s}""".formatted(situation, id, day, id, id,
                critical ? "critical signal " + id + ": roadblocks and killings reported" : "market day, calm", critical);
    }

    /** Mean milliseconds of one durable single-row INSERT + COMMIT on a fresh connection's table. */
    private static double durableInsertMs(DataSource ds, int n) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("create table if not exists bench_commit (id bigserial primary key, v text)");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into bench_commit (v) values (?)")) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    ps.setString(1, "x");
                    ps.executeUpdate();
                    c.commit();
                }
                return (System.nanoTime() - t0) / 1e6 / n;
            }
        }
    }

    private static Api.Response put(Api api, String path, String body) {
        return api.put(path, body);
    }

    private static void check(Api.Response r, int expected) {
        if (r.status() != expected) throw new IllegalStateException("expected " + expected + ", got " + r.status() + ": " + r.body());
    }

}
