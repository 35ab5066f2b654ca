package org.tocsin.notification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.escalation.jdbc.JdbcOutbox;
import org.tocsin.notification.jdbc.JdbcOutboxStore;
import org.tocsin.notification.send.WebhookSender;
import org.tocsin.notification.send.WebhookSignature;
import org.tocsin.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox sender over webhooks, end to end: rows written by escalation's {@link JdbcOutbox} in a
 * real PostgreSQL, claimed and sent by {@link OutboxWorker} through {@link WebhookSender} to an HTTP
 * server on loopback. Time is the instants each run is given; nothing sleeps.
 */
class WebhookDeliveryIntegrationTest extends IntegrationTest {

    static final String SECRET = "a-webhook-secret-for-tests-only-0123456789";
    static final Instant T0 = Instant.parse("2031-04-06T20:23:00Z");
    /** No jitter, so the test can name each retry's instant; RetryPolicyTest covers the jitter. */
    static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5), 4, 0.0);
    static final Duration LEASE = Duration.ofMinutes(1);

    @Autowired
    DataSource contextDataSource;

    OutboxDatabase db;
    WebhookReceiver receiver;

    @BeforeEach
    void start() {
        db = OutboxDatabase.on(contextDataSource);
        db.emptyOutbox();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    OutboxWorker worker() {
        return worker(25, 8);
    }

    OutboxWorker worker(int batch, int concurrency) {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        return new OutboxWorker(new JdbcOutboxStore(db.jdbc), List.of(new WebhookSender(WebhookSignature.of(SECRET), clock,
                Duration.ofSeconds(2), Duration.ofSeconds(5))), POLICY, new OutboxWorker.Settings(batch, concurrency, LEASE), clock, new Random(7));
    }

    Notification webhook(String key) {
        return new Notification(Notification.Channel.WEBHOOK, "head-of-mission", receiver.url(),
                "[TLP:CLEAR] CRITICAL alert 42 — rwanda: arms caches", "Militia are being armed.\nAssessments (2): …",
                Map.of("alert", 42, "severity", "critical", "assessments", List.of(Map.of("author", "force-commander", "text", "act now"),
                        Map.of("author", "envoy", "text", "wait"))), key, "rwanda-1993-1994", T0);
    }

    void enqueue(Notification... ns) {
        var outbox = new JdbcOutbox(db.jdbc);
        db.transactions.executeWithoutResult(tx -> { for (Notification n : ns) outbox.enqueue(n); });
    }

    Map<String, Object> row(String key) {
        return db.jdbc.queryForMap("select * from notification_outbox where idempotency_key = ?", key);
    }

    static Instant instant(Object timestamptz) {
        return switch (timestamptz) {
            case null -> null;
            case java.sql.Timestamp t -> t.toInstant();
            case OffsetDateTime t -> t.toInstant();
            default -> throw new IllegalArgumentException("not a timestamp: " + timestamptz);
        };
    }

    static String hmac(String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void aWebhookIsDeliveredAsSignedJsonThatTheReceiverCanVerify() throws Exception {
        enqueue(webhook("alert:42:raised:head-of-mission:webhook"));

        OutboxWorker.Report report = worker().runOnce(T0);

        assertThat(report.sent()).isEqualTo(1);
        WebhookReceiver.Request r = receiver.requests().getFirst();
        assertThat(r.idempotencyKey()).isEqualTo("alert:42:raised:head-of-mission:webhook");
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.timestamp()).isEqualTo(Long.toString(T0.getEpochSecond()));
        assertThat(r.signature()).isEqualTo(hmac(r.timestamp(), r.body()));
        JsonNode doc = JsonMapper.builder().build().readTree(r.body());
        assertThat(doc.path("schema").asString()).isEqualTo("tocsin.notification/1");
        assertThat(doc.path("idempotency_key").asString()).isEqualTo("alert:42:raised:head-of-mission:webhook");
        assertThat(doc.path("recipient").asString()).isEqualTo("head-of-mission");
        assertThat(doc.path("situation").asString()).isEqualTo("rwanda-1993-1994");
        assertThat(doc.path("created_at").asString()).isEqualTo(T0.toString());
        assertThat(doc.path("subject").asString()).contains("CRITICAL alert 42");
        assertThat(doc.path("body").asString()).contains("Militia are being armed.");
        assertThat(doc.path("payload").path("alert").asInt()).isEqualTo(42);
        assertThat(doc.path("payload").path("assessments")).hasSize(2);
        Map<String, Object> row = row("alert:42:raised:head-of-mission:webhook");
        assertThat(instant(row.get("sent_at"))).isEqualTo(T0);
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isNull();
    }

    @Test
    void aSignatureMadeWithAnotherSecretOrOverAnotherBodyDoesNotVerify() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.of(SECRET).sign(1_700_000_000L, body);

        assertThat(WebhookSignature.of(SECRET).verifies(header, 1_700_000_000L, body)).isTrue();
        assertThat(WebhookSignature.of(SECRET + "x").verifies(header, 1_700_000_000L, body)).isFalse();
        assertThat(WebhookSignature.of(SECRET).verifies(header, 1_700_000_001L, body)).isFalse();
        assertThat(WebhookSignature.of(SECRET).verifies(header, 1_700_000_000L, "{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aReceiverAnswering500IsRetriedWithGrowingBackoffUnderTheSameIdempotencyKeyUntilItAccepts() throws Exception {
        String key = "alert:7:escalate-1:usg:webhook";
        enqueue(webhook(key));
        receiver.answer(500, 502);
        OutboxWorker worker = worker();

        assertThat(worker.runOnce(T0).retrying()).isEqualTo(1);
        Map<String, Object> first = row(key);
        assertThat(instant(first.get("next_attempt_at"))).isEqualTo(T0.plusSeconds(10));
        assertThat((String) first.get("last_error")).contains("HTTP 500");
        assertThat(first.get("sent_at")).isNull();

        assertThat(worker.runOnce(T0.plusSeconds(9)).claimed()).as("not due before its backoff").isZero();

        assertThat(worker.runOnce(T0.plusSeconds(10)).retrying()).isEqualTo(1);
        assertThat(instant(row(key).get("next_attempt_at"))).as("the second wait doubles").isEqualTo(T0.plusSeconds(30));
        assertThat((String) row(key).get("last_error")).contains("HTTP 502");

        assertThat(worker.runOnce(T0.plusSeconds(30)).sent()).isEqualTo(1);
        Map<String, Object> done = row(key);
        assertThat(instant(done.get("sent_at"))).isEqualTo(T0.plusSeconds(30));
        assertThat(done.get("attempts")).isEqualTo(3);
        assertThat(done.get("last_error")).isNull();

        List<WebhookReceiver.Request> requests = receiver.requests();
        assertThat(requests).extracting(WebhookReceiver.Request::answered).containsExactly(500, 502, 200);
        assertThat(requests).extracting(WebhookReceiver.Request::idempotencyKey).containsOnly(key);
        assertThat(requests).extracting(r -> new String(r.body(), StandardCharsets.UTF_8)).as("the same document every time").hasSize(3)
                .containsOnly(new String(requests.getFirst().body(), StandardCharsets.UTF_8));
        for (WebhookReceiver.Request r : requests) assertThat(r.signature()).isEqualTo(hmac(r.timestamp(), r.body()));
        assertThat(receiver.distinctKeys()).containsExactly(key);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {408, 429, 503})
    void aBusyOrTimedOutReceiverIsRetriedNotRefused(int status) {
        String key = "alert:8:raised:analyst:webhook:" + status;
        enqueue(webhook(key));
        receiver.answer(status);

        OutboxWorker.Report r = worker().runOnce(T0);

        assertThat(r.retrying()).isEqualTo(1);
        assertThat(r.deadLettered()).isEmpty();
        assertThat(row(key).get("dead_at")).isNull();
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonoured() {
        String key = "alert:9:raised:analyst:webhook";
        enqueue(webhook(key));
        receiver.answerWithRetryAfter(429, 120);

        worker().runOnce(T0);

        assertThat(instant(row(key).get("next_attempt_at"))).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void aReceiverAnswering400MakesADeadLetterAtOnceThatStaysInTheOutboxWithTheStatus() {
        String key = "alert:10:raised:envoy:webhook";
        enqueue(webhook(key));
        receiver.answer(400);
        OutboxWorker worker = worker();

        OutboxWorker.Report r = worker.runOnce(T0);

        assertThat(r.deadLettered()).singleElement().satisfies(d -> {
            assertThat(d.idempotencyKey()).isEqualTo(key);
            assertThat(d.error()).contains("HTTP 400");
            assertThat(d.attempts()).isEqualTo(1);
        });
        Map<String, Object> row = row(key);
        assertThat(row.get("sent_at")).isNull();
        assertThat(instant(row.get("dead_at"))).isEqualTo(T0);
        assertThat((String) row.get("last_error")).contains("HTTP 400");
        assertThat(new JdbcOutboxStore(db.jdbc).deadLetterCount()).isEqualTo(1);
        assertThat(new JdbcOutboxStore(db.jdbc).status(T0.plusSeconds(3600)).deadLetters()).isEqualTo(1);
        assertThat(worker.runOnce(T0.plus(Duration.ofDays(1))).claimed()).as("a dead letter is not attempted again").isZero();
        assertThat(receiver.requests()).hasSize(1);
    }

    @Test
    void aReceiverThatNeverRecoversMakesADeadLetterAfterTheLastPermittedAttempt() {
        String key = "alert:11:raised:analyst:webhook";
        enqueue(webhook(key));
        receiver.answer(503, 503, 503, 503);
        OutboxWorker worker = worker();

        Instant at = T0;
        List<Integer> retrying = new ArrayList<>();
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            OutboxWorker.Report r = worker.runOnce(at);
            retrying.add(r.retrying());
            if (attempt < POLICY.maxAttempts()) at = at.plus(POLICY.maxDelayAfter(attempt));
            else assertThat(r.deadLettered()).singleElement().satisfies(d -> assertThat(d.error()).contains("HTTP 503").contains("gave up after 4"));
        }

        assertThat(retrying).containsExactly(1, 1, 1, 0);
        assertThat(at).as("10 s, 20 s, 40 s").isEqualTo(T0.plusSeconds(70));
        assertThat(row(key).get("attempts")).isEqualTo(4);
        assertThat(row(key).get("dead_at")).isNotNull();
        assertThat(row(key).get("sent_at")).isNull();
    }

    @Test
    void anAddressThatIsNotAnHttpUrlIsADeadLetterWithoutAnyRequest() {
        Notification n = webhook("alert:12:raised:analyst:webhook");
        enqueue(new Notification(n.channel(), n.recipient(), "ftp://example.org/hook", n.subject(), n.body(), n.payload(),
                n.idempotencyKey(), n.situation(), n.createdAt()));

        assertThat(worker().runOnce(T0).deadLettered()).hasSize(1);
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void emailWaitsInTheOutboxWhenThisWorkerHasNoEmailChannel() {
        Notification hook = webhook("alert:13:raised:usg:webhook");
        Notification mail = new Notification(Notification.Channel.EMAIL, "usg", "usg@example.org", hook.subject(), hook.body(),
                hook.payload(), "alert:13:raised:usg:email", hook.situation(), T0);
        enqueue(hook, mail);

        OutboxWorker.Report r = worker().runOnce(T0.plusSeconds(60));

        assertThat(r.claimed()).isEqualTo(1);
        Map<String, Object> waiting = row("alert:13:raised:usg:email");
        assertThat(waiting.get("attempts")).isEqualTo(0);
        assertThat(waiting.get("sent_at")).isNull();
        assertThat(waiting.get("dead_at")).isNull();
        assertThat(new JdbcOutboxStore(db.jdbc).status(T0.plusSeconds(60)).due()).isEqualTo(1);
    }

    @Test
    void aCrashAfterTheCommitAndBeforeAnySendLosesNothing() {
        enqueue(webhook("briefing:3:m1:webhook"), webhook("briefing:3:m2:webhook"), webhook("briefing:3:m3:webhook"));
        // the instance that committed dies here: its worker never runs

        OutboxWorker.Report r = worker().runOnce(T0.plusSeconds(5)); // a new instance, after restart

        assertThat(r.sent()).isEqualTo(3);
        assertThat(receiver.acceptedPerKey()).containsOnly(Map.entry("briefing:3:m1:webhook", 1), Map.entry("briefing:3:m2:webhook", 1),
                Map.entry("briefing:3:m3:webhook", 1));
    }

    @Test
    void aCrashBetweenSendingAndRecordingResendsAfterTheLeaseAndTheReceiverDropsTheRepeatByItsKey() {
        String key = "alert:14:raised:head:webhook";
        enqueue(webhook(key));
        // worker A claims and sends, then dies before recording the delivery
        var store = new JdbcOutboxStore(db.jdbc);
        var claimed = store.claimDue(T0, Set.of(Notification.Channel.WEBHOOK), 10, T0.plus(LEASE));
        assertThat(claimed).hasSize(1);
        var sender = new WebhookSender(WebhookSignature.of(SECRET), Clock.fixed(T0, ZoneOffset.UTC), Duration.ofSeconds(2), Duration.ofSeconds(5));
        assertThat(sender.send(claimed.getFirst().notification())).isInstanceOf(SendResult.Sent.class);

        OutboxWorker b = worker();
        assertThat(b.runOnce(T0.plusSeconds(30)).claimed()).as("A's lease still holds the row").isZero();
        assertThat(b.runOnce(T0.plus(LEASE)).sent()).isEqualTo(1);

        assertThat(receiver.requests()).hasSize(2).extracting(WebhookReceiver.Request::idempotencyKey).containsOnly(key);
        assertThat(receiver.distinctKeys()).containsExactly(key);
        assertThat(row(key).get("attempts")).isEqualTo(2);
        assertThat(row(key).get("sent_at")).isNotNull();
    }

    @Test
    void aWorkerWhoseLeaseRanOutCannotOverwriteTheNewerClaimsSchedule() {
        String key = "alert:15:raised:head:webhook";
        enqueue(webhook(key));
        var store = new JdbcOutboxStore(db.jdbc);
        var a = store.claimDue(T0, Set.of(Notification.Channel.WEBHOOK), 10, T0.plus(LEASE)).getFirst();
        var b = store.claimDue(T0.plus(LEASE), Set.of(Notification.Channel.WEBHOOK), 10, T0.plus(LEASE).plus(LEASE)).getFirst();

        assertThat(b.attempt()).isEqualTo(a.attempt() + 1);
        assertThat(store.scheduleRetry(a.id(), a.attempt(), T0.plusSeconds(5), "late news from A")).isFalse();
        assertThat(store.markDead(a.id(), a.attempt(), T0.plusSeconds(5), "late news from A")).isFalse();
        assertThat(instant(row(key).get("next_attempt_at"))).isEqualTo(T0.plus(LEASE).plus(LEASE));
        assertThat(store.scheduleRetry(b.id(), b.attempt(), T0.plusSeconds(500), "B's own outcome")).isTrue();
    }

    @Test
    void aNotificationWhoseLastPermittedAttemptLeftNoOutcomeIsADeadLetterWhenClaimedAgain() {
        String key = "alert:16:raised:head:webhook";
        enqueue(webhook(key));
        var store = new JdbcOutboxStore(db.jdbc);
        Instant at = T0;
        for (int i = 0; i < POLICY.maxAttempts(); i++) {
            // each time a worker claims it and dies while sending (the notification may be what kills it)
            assertThat(store.claimDue(at, Set.of(Notification.Channel.WEBHOOK), 10, at.plus(LEASE))).hasSize(1);
            at = at.plus(LEASE);
        }

        OutboxWorker.Report r = worker().runOnce(at);

        assertThat(r.deadLettered()).singleElement().satisfies(d -> assertThat(d.error()).contains("no outcome was recorded"));
        assertThat(receiver.requests()).isEmpty();
        assertThat(row(key).get("sent_at")).isNull();
    }

    @Test
    void twoWorkersRacingOverManyRowsDeliverEachExactlyOnce() throws Exception {
        int rows = 300;
        Notification[] ns = new Notification[rows];
        for (int i = 0; i < rows; i++) ns[i] = webhook("race:" + i + ":webhook");
        enqueue(ns);
        OutboxWorker a = worker(20, 8);
        OutboxWorker b = worker(20, 8);

        List<Future<Integer>> runs;
        try (var threads = Executors.newFixedThreadPool(2)) {
            runs = threads.invokeAll(List.<Callable<Integer>>of(() -> drainAll(a), () -> drainAll(b)));
        }

        assertThat(runs.get(0).get() + runs.get(1).get()).as("sends by both workers together").isEqualTo(rows);
        assertThat(receiver.requests()).hasSize(rows);
        assertThat(receiver.acceptedPerKey()).hasSize(rows).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        assertThat(db.jdbc.queryForObject("select count(*) from notification_outbox where sent_at is not null and attempts = 1", Integer.class))
                .isEqualTo(rows);
    }

    private static int drainAll(OutboxWorker w) {
        int sent = 0;
        while (true) {
            OutboxWorker.Report r = w.runOnce(T0);
            if (r.claimed() == 0) return sent;
            assertThat(r.failures()).isEmpty();
            sent += r.sent();
        }
    }
}
