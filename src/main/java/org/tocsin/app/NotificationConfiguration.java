package org.tocsin.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.escalation.jdbc.JdbcAlertStore;
import org.tocsin.intake.SignalKey;
import org.tocsin.intake.SignalStore;
import org.tocsin.notification.ChannelSender;
import org.tocsin.notification.Outbox;
import org.tocsin.notification.OutboxNudger;
import org.tocsin.notification.OutboxStore;
import org.tocsin.notification.OutboxWorker;
import org.tocsin.notification.RetryPolicy;
import org.tocsin.notification.cap.CapFeed;
import org.tocsin.notification.cap.CapMapping;
import org.tocsin.notification.cap.CapMessage;
import org.tocsin.notification.jdbc.JdbcOutboxStore;
import org.tocsin.notification.send.SmtpEmailSender;
import org.tocsin.notification.send.WebhookSender;
import org.tocsin.notification.send.WebhookSignature;
import org.tocsin.situation.SituationStore;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Notification delivery: the outbox worker with its channels (e-mail when {@code spring.mail.host} is
 * set, webhooks when a signing secret is available), its poller, the after-commit nudge, and the
 * CAP feed. Keys ({@code tocsin.notifications.*}, {@code tocsin.webhooks.*}, {@code tocsin.cap.*},
 * {@code spring.mail.*}) are listed in docs/notifications.md.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    OutboxStore outboxStore(JdbcTemplate jdbc) { return new JdbcOutboxStore(jdbc); }

    @Bean
    RetryPolicy notificationRetryPolicy(@Value("${tocsin.notifications.retry.base:PT2S}") Duration base,
                                        @Value("${tocsin.notifications.retry.factor:2.0}") double factor,
                                        @Value("${tocsin.notifications.retry.cap:PT15M}") Duration cap,
                                        @Value("${tocsin.notifications.retry.max-attempts:20}") int maxAttempts,
                                        @Value("${tocsin.notifications.retry.jitter:0.2}") double jitter) {
        return new RetryPolicy(base, factor, cap, maxAttempts, jitter);
    }

    @Bean
    OutboxWorker outboxWorker(OutboxStore store, RetryPolicy retry, Clock clock, Environment env, StoreConfiguration.EmbeddedStore embedded,
                              @Value("${tocsin.notifications.batch-size:100}") int batchSize,
                              @Value("${tocsin.notifications.concurrency:16}") int concurrency,
                              @Value("${tocsin.notifications.lease:PT2M}") Duration lease,
                              @Value("${tocsin.notifications.email.from:tocsin@localhost}") String from,
                              @Value("${tocsin.notifications.email.timeout:PT10S}") Duration mailTimeout,
                              @Value("${tocsin.webhooks.secret:}") String secret,
                              @Value("${tocsin.webhooks.connect-timeout:PT5S}") Duration connectTimeout,
                              @Value("${tocsin.webhooks.timeout:PT10S}") Duration requestTimeout,
                              @Value("${tocsin.webhooks.allowed-hosts:}") List<String> allowedHosts,
                              @Value("${tocsin.webhooks.allow-private-addresses:false}") boolean allowPrivate) {
        var targets = new org.tocsin.notification.send.WebhookTargets(allowedHosts, allowPrivate, java.net.InetAddress::getAllByName);
        List<ChannelSender> senders = new ArrayList<>();
        MailProperties mail = Binder.get(env).bind("spring.mail", MailProperties.class).orElseGet(MailProperties::new);
        if (mail.getHost() == null || mail.getHost().isBlank()) {
            log.warn("E-mail notifications are not sent: no SMTP server is configured (spring.mail.host, SPRING_MAIL_HOST). "
                    + "E-mail notifications wait in the outbox until one is.");
        } else {
            String protocol = mail.getProtocol() == null ? "smtp" : mail.getProtocol();
            int port = mail.getPort() != null ? mail.getPort() : protocol.equals("smtps") ? 465 : 25;
            var settings = new SmtpEmailSender.Settings(mail.getHost(), port, protocol, blankToNull(mail.getUsername()),
                    mail.getPassword(), mail.getSsl().isEnabled(), mail.getProperties(), from, mailTimeout);
            senders.add(new SmtpEmailSender(settings));
            log.info("E-mail notifications go through {}", settings);
        }
        // the embedded store's own directory (the property may not resolve to it twice: ${random.uuid} in tests)
        WebhookSecrets.resolve(secret, embedded.running(), embedded.running() ? embedded.dataDir() : null)
                .ifPresent(s -> senders.add(new WebhookSender(WebhookSignature.of(s), clock, connectTimeout, requestTimeout, targets)));
        Duration slowest = connectTimeout.plus(requestTimeout).compareTo(mailTimeout.multipliedBy(3)) > 0
                ? connectTimeout.plus(requestTimeout) : mailTimeout.multipliedBy(3);
        if (lease.compareTo(slowest) <= 0) {
            log.warn("tocsin.notifications.lease ({}) is not longer than the slowest send ({}): a slow send may be repeated by another worker",
                    lease, slowest);
        }
        return new OutboxWorker(store, senders, retry, new OutboxWorker.Settings(batchSize, concurrency, lease), clock, new Random());
    }

    @Bean
    NotificationPoller notificationPoller(OutboxWorker worker, OutboxStore store, Clock clock,
                                          @Value("${tocsin.notifications.poll-interval:PT1S}") Duration interval,
                                          @Value("${tocsin.notifications.worker.enabled:true}") boolean enabled) {
        return new NotificationPoller(worker, store, clock, interval, enabled);
    }

    /**
     * Every outbox write nudges the sender once its transaction commits, so a notification leaves
     * within moments rather than at the next poll (M9). Done by decorating the {@link Outbox} bean:
     * the code that writes notifications needs no change.
     */
    @Bean
    static BeanPostProcessor nudgeSenderAfterCommit(ObjectProvider<OutboxNudger> nudger) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof Outbox outbox && !(bean instanceof NudgingOutbox) && !(bean instanceof OutboxNudger)) {
                    return new NudgingOutbox(outbox, () -> nudger.getIfAvailable(() -> OutboxNudger.NONE));
                }
                return bean;
            }
        };
    }

    @Bean
    CapFeed capFeed(JdbcTemplate jdbc, SituationStore situations, SignalStore signals,
                    @Value("${tocsin.cap.sender:tocsin@localhost}") String sender,
                    @Value("${tocsin.cap.sender-name:Tocsin}") String senderName,
                    @Value("${tocsin.cap.status:Actual}") String status,
                    @Value("${tocsin.cap.audience:public}") String audience,
                    @Value("${tocsin.cap.feed-size:50}") int size) {
        CapMessage.Status capStatus = parseEnum(CapMessage.Status.class, status, "tocsin.cap.status");
        CapFeed.Audience capAudience = parseEnum(CapFeed.Audience.class, audience.toUpperCase(Locale.ROOT), "tocsin.cap.audience");
        var mapping = new CapMapping(new CapMapping.Settings(sender, senderName, capStatus));
        if (capAudience == CapFeed.Audience.COMMUNITY) {
            log.info("The CAP feed includes TLP:GREEN alerts (tocsin.cap.audience=community): serve it to the community only, not publicly");
        }
        return new CapFeed(new JdbcAlertStore(jdbc), situations, (situation, id) -> signals.find(new SignalKey(situation, id)), mapping,
                capAudience, size);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String key) {
        for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(value.strip())) return e;
        throw new IllegalArgumentException(key + " must be one of " + List.of(type.getEnumConstants()) + ", was " + value);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
