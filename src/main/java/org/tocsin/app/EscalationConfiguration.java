package org.tocsin.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.access.BodiesRegisteringSituationStore;
import org.tocsin.access.Directory;
import org.tocsin.access.DirectoryService;
import org.tocsin.access.jdbc.JdbcDirectory;
import org.tocsin.audit.Journal;
import org.tocsin.common.Transactions;
import org.tocsin.distribution.Tlp;
import org.tocsin.escalation.AlertService;
import org.tocsin.escalation.BriefingService;
import org.tocsin.escalation.DeadlineStore;
import org.tocsin.escalation.DeliveryStore;
import org.tocsin.escalation.DisclosureService;
import org.tocsin.escalation.Dispatcher;
import org.tocsin.escalation.EscalationPolicy;
import org.tocsin.escalation.EscalationWorker;
import org.tocsin.escalation.EventHistory;
import org.tocsin.escalation.Events;
import org.tocsin.escalation.EvidenceSet;
import org.tocsin.escalation.PolicyService;
import org.tocsin.escalation.RequestService;
import org.tocsin.escalation.SituationRules;
import org.tocsin.escalation.jdbc.JdbcAlertStore;
import org.tocsin.escalation.jdbc.JdbcBriefingStore;
import org.tocsin.escalation.jdbc.JdbcDeadlineStore;
import org.tocsin.escalation.jdbc.JdbcDeliveryStore;
import org.tocsin.escalation.jdbc.JdbcEventHistory;
import org.tocsin.escalation.jdbc.JdbcOutbox;
import org.tocsin.escalation.jdbc.JdbcPolicyStore;
import org.tocsin.escalation.jdbc.JdbcRequestStore;
import org.tocsin.intake.SignalKey;
import org.tocsin.intake.SignalStore;
import org.tocsin.notification.Outbox;
import org.tocsin.situation.SituationStore;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Escalation's wiring: the directory, alerts, requests, briefings, disclosure holds, the deadline
 * worker and its poller, and the notification outbox. Configuration ({@code tocsin.escalation.*}):
 * poll interval, whether this instance runs the worker, the default policy's positions and
 * deadlines, and the default distribution label.
 */
@Configuration(proxyBeanMethods = false)
public class EscalationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EscalationConfiguration.class);

    @Bean
    Directory directory(JdbcTemplate jdbc) { return new JdbcDirectory(jdbc); }

    @Bean
    DirectoryService directoryService(Directory directory, SituationStore situations, Transactions transactions) {
        return new DirectoryService(directory, situations, transactions);
    }

    /**
     * Creating a situation registers its file's bodies (groups and their members) in the same
     * transaction. Done by decorating the situation store, so the situation capability is unchanged.
     */
    @Bean
    static BeanPostProcessor bodiesOnSituationCreation(ObjectProvider<DirectoryService> directory, ObjectProvider<Transactions> transactions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof SituationStore store && !(bean instanceof BodiesRegisteringSituationStore)) {
                    return new BodiesRegisteringSituationStore(store, directory::getObject, transactions.getObject());
                }
                return bean;
            }
        };
    }

    /** Situations created before this capability existed get their bodies' groups on start (idempotent). */
    @Bean
    ApplicationRunner registerBodiesOfExistingSituations(SituationStore situations, DirectoryService directory) {
        return args -> situations.list().forEach(directory::registerBodies);
    }

    /** Until the notification sender lands, notifications wait in {@code notification_outbox}. */
    @Bean
    Outbox outbox(JdbcTemplate jdbc) { return new JdbcOutbox(jdbc); }

    @Bean
    EventHistory escalationHistory(JdbcTemplate jdbc) { return new JdbcEventHistory(jdbc); }

    @Bean
    Events escalationEvents(EventHistory history, ObjectProvider<Journal> journal, Clock clock) {
        Journal j = journal.getIfAvailable(() -> {
            log.warn("No journal is configured: escalation events are kept in escalation_event only");
            return Journal.NONE;
        });
        return new Events(history, j, clock);
    }

    @Bean
    EscalationPolicy.Defaults escalationDefaults(
            @Value("${tocsin.escalation.default.positions:mission-analyst,head-of-mission,headquarters-desk,under-secretary}") List<String> positions,
            @Value("${tocsin.escalation.default.acknowledge-within:PT2H}") Duration ack,
            @Value("${tocsin.escalation.default.decide-within:PT24H}") Duration decide,
            @Value("${tocsin.escalation.default.renotify-every:PT1H}") Duration renotify) {
        return new EscalationPolicy.Defaults(positions, ack, decide, renotify);
    }

    @Bean
    SituationRules situationRules(SituationStore situations, JdbcTemplate jdbc, EscalationPolicy.Defaults defaults) {
        return new SituationRules(situations, new JdbcPolicyStore(jdbc), defaults);
    }

    @Bean
    PolicyService policyService(Transactions transactions, JdbcTemplate jdbc, SituationRules rules, Directory directory, Events events) {
        return new PolicyService(transactions, new JdbcPolicyStore(jdbc), rules, directory, events);
    }

    @Bean
    DeadlineStore deadlineStore(JdbcTemplate jdbc) { return new JdbcDeadlineStore(jdbc); }

    @Bean
    DeliveryStore deliveryStore(JdbcTemplate jdbc) { return new JdbcDeliveryStore(jdbc); }

    @Bean
    Dispatcher dispatcher(DeliveryStore deliveries, Outbox outbox, Events events) { return new Dispatcher(deliveries, outbox, events); }

    @Bean
    EvidenceSet.Lookup signalLookup(SignalStore signals) { return (situation, id) -> signals.find(new SignalKey(situation, id)); }

    @Bean
    AlertService alertService(Transactions transactions, JdbcTemplate jdbc, DeadlineStore deadlines, DeliveryStore deliveries,
                              Dispatcher dispatcher, SituationRules rules, Directory directory, EvidenceSet.Lookup signals,
                              Events events, EventHistory history, Clock clock,
                              @Value("${tocsin.escalation.default-label:AMBER}") String label) {
        Tlp defaultLabel = Tlp.parse(label).orElseThrow(() -> new IllegalArgumentException("tocsin.escalation.default-label is not a TLP label"));
        return new AlertService(transactions, new JdbcAlertStore(jdbc), deadlines, deliveries, dispatcher, rules, directory, signals,
                events, history, clock, defaultLabel);
    }

    @Bean
    RequestService requestService(Transactions transactions, JdbcTemplate jdbc, AlertService alerts, SituationRules rules,
                                  Directory directory, EvidenceSet.Lookup signals, Events events, EventHistory history, Clock clock) {
        return new RequestService(transactions, new JdbcRequestStore(jdbc), alerts, rules, directory, signals, events, history, clock);
    }

    @Bean
    BriefingService briefingService(Transactions transactions, JdbcTemplate jdbc, DeliveryStore deliveries, Dispatcher dispatcher,
                                    SituationRules rules, Directory directory, EvidenceSet.Lookup signals, Events events) {
        return new BriefingService(transactions, new JdbcBriefingStore(jdbc), new JdbcAlertStore(jdbc), deliveries, dispatcher, rules,
                directory, signals, events);
    }

    @Bean
    DisclosureService disclosureService(Transactions transactions, JdbcTemplate jdbc, DeliveryStore deliveries, Dispatcher dispatcher,
                                        SituationRules rules, Directory directory, Events events, AlertService alerts) {
        return new DisclosureService(transactions, deliveries, new JdbcAlertStore(jdbc), new JdbcBriefingStore(jdbc), dispatcher, rules,
                directory, directory::positions, events, a -> alerts.levelName(a.situation(), a));
    }

    @Bean
    EscalationWorker escalationWorker(Transactions transactions, DeadlineStore deadlines, AlertService alerts) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return new EscalationWorker(transactions, deadlines, alerts, instance, 500);
    }

    @Bean
    EscalationPoller escalationPoller(EscalationWorker worker, ObjectProvider<org.tocsin.escalation.ProtectionOverdueWatch> protection,
                                      Clock clock,
                                      @Value("${tocsin.escalation.poll-interval:PT5S}") Duration interval,
                                      @Value("${tocsin.escalation.worker.enabled:true}") boolean enabled) {
        return new EscalationPoller(worker, protection.getIfAvailable(), clock, interval, enabled);
    }
}
