package org.tocsin.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.escalation.jdbc.JdbcOutbox;
import org.tocsin.notification.jdbc.JdbcOutboxStore;
import org.tocsin.notification.send.SmtpEmailSender;
import org.tocsin.support.IntegrationTest;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail through a real SMTP server (GreenMail on a free port). The sender is built here, from the
 * same classes the application wires, rather than through spring.mail.* in the shared context —
 * which has no SMTP server and must keep it that way for every other test.
 */
class EmailDeliveryIntegrationTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final Instant T0 = Instant.parse("2031-04-07T06:00:00Z");

    @Autowired
    DataSource contextDataSource;

    OutboxDatabase db;

    @BeforeEach
    void empty() {
        db = OutboxDatabase.on(contextDataSource);
        db.emptyOutbox();
    }

    SmtpEmailSender sender(int port) {
        return new SmtpEmailSender(new SmtpEmailSender.Settings(smtp.getSmtp().getServerSetup().getBindAddress(), port, "smtp", null, null,
                false, Map.of(), "Tocsin <tocsin@tocsin.example>", Duration.ofSeconds(5)));
    }

    OutboxWorker worker(SmtpEmailSender sender) {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        return new OutboxWorker(new JdbcOutboxStore(db.jdbc), List.of(sender),
                new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5), 5, 0.0),
                new OutboxWorker.Settings(10, 4, Duration.ofMinutes(1)), clock, new Random(3));
    }

    Notification email(String address, String key) {
        return new Notification(Notification.Channel.EMAIL, "czech-delegate", address,
                "[TLP:GREEN] CRITICAL alert 5 — Kigali: « génocide » feared",
                "CRITICAL alert 5 on rwanda-1993-1994.\n\nAssessments (2): all that are attached, none chosen for you.\n- Force Commander: act\n- Envoy: wait\n",
                Map.of("alert", 5), key, "rwanda-1993-1994", T0);
    }

    void enqueue(Notification n) {
        new JdbcOutbox(db.jdbc).enqueue(n);
    }

    @Test
    void anEmailIsDeliveredAsPlainTextWithAMessageIdFromTheIdempotencyKey() throws Exception {
        SmtpEmailSender sender = sender(smtp.getSmtp().getPort());
        enqueue(email("delegate@council.example", "briefing:5:czech-delegate:email"));

        OutboxWorker.Report r = worker(sender).runOnce(T0);

        assertThat(r.sent()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];
        assertThat(m.getSubject()).isEqualTo("[TLP:GREEN] CRITICAL alert 5 — Kigali: « génocide » feared");
        assertThat(((InternetAddress) m.getAllRecipients()[0]).getAddress()).isEqualTo("delegate@council.example");
        assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("tocsin@tocsin.example");
        assertThat(m.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        // SMTP's end-of-data line takes the body's final line break with it
        assertThat(((String) m.getContent()).replace("\r\n", "\n")).isEqualTo(email("x@y.z", "k").body().stripTrailing());
        assertThat(m.getHeader("X-Tocsin-Idempotency-Key")).containsExactly("briefing:5:czech-delegate:email");
        assertThat(m.getMessageID()).isEqualTo(sender.messageId("briefing:5:czech-delegate:email")).endsWith("@tocsin.example>");
        assertThat(m.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(db.jdbc.queryForObject("select sent_at is not null from notification_outbox", Boolean.class)).isTrue();
    }

    @Test
    void aRepeatedSendAfterACrashCarriesTheSameMessageIdSoMailSystemsCanDropIt() throws Exception {
        SmtpEmailSender sender = sender(smtp.getSmtp().getPort());
        enqueue(email("delegate@council.example", "alert:5:raised:czech-delegate:email"));
        var store = new JdbcOutboxStore(db.jdbc);
        var claimed = store.claimDue(T0, Set.of(Notification.Channel.EMAIL), 10, T0.plusSeconds(60));
        assertThat(sender.send(claimed.getFirst().notification())).isInstanceOf(SendResult.Sent.class);
        // the first worker dies here, before recording the delivery

        assertThat(worker(sender).runOnce(T0.plusSeconds(60)).sent()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(1);
    }

    @Test
    void anAddressThatIsNotAnEmailAddressIsADeadLetter() {
        enqueue(email("not an address", "alert:6:raised:someone:email"));

        OutboxWorker.Report r = worker(sender(smtp.getSmtp().getPort())).runOnce(T0);

        assertThat(r.deadLettered()).singleElement().satisfies(d -> assertThat(d.error()).contains("not a valid e-mail address"));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableSmtpServerIsRetriedLater() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        enqueue(email("delegate@council.example", "alert:7:raised:czech-delegate:email"));

        OutboxWorker.Report r = worker(sender(closedPort)).runOnce(T0);

        assertThat(r.retrying()).isEqualTo(1);
        assertThat(db.jdbc.queryForObject("select last_error from notification_outbox", String.class)).startsWith("SMTP");
        assertThat(db.jdbc.queryForObject("select next_attempt_at > ? from notification_outbox", Boolean.class, T0.atOffset(ZoneOffset.UTC)))
                .isTrue();
    }
}
