package org.tocsin.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.audit.Journal;
import org.tocsin.common.Transactions;
import org.tocsin.protection.ForceStore;
import org.tocsin.protection.ImpactAssessor;
import org.tocsin.protection.ProtectionAlerts;
import org.tocsin.protection.ProtectionAssumptions;
import org.tocsin.protection.ProtectionChangeStore;
import org.tocsin.protection.ProtectionService;
import org.tocsin.protection.jdbc.JdbcForceStore;
import org.tocsin.protection.jdbc.JdbcProtectionChangeStore;
import org.tocsin.situation.SituationStore;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Protection capacity (M8): force versions and protection changes in PostgreSQL, the impact model's
 * assumptions ({@code tocsin.protection.*}), the hook to escalation (a {@link ProtectionAlerts} bean
 * when there is one, else nothing), and the demo force.
 *
 * <p>Properties: {@code tocsin.protection.minimum-detachment} (30), {@code .troops-per-thousand} (20),
 * {@code .guard-share-low} (50, percent), {@code .guard-share-high} (100). See docs/force-model.md.
 */
@Configuration(proxyBeanMethods = false)
public class ProtectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProtectionConfiguration.class);
    static final String DEMO_FORCE = "/demo/" + DemoData.SITUATION + ".force.json";

    @Bean
    ForceStore forceStore(JdbcTemplate jdbc) { return new JdbcForceStore(jdbc); }

    @Bean
    ProtectionChangeStore protectionChangeStore(JdbcTemplate jdbc) { return new JdbcProtectionChangeStore(jdbc); }

    @Bean
    ImpactAssessor impactAssessor(@Value("${tocsin.protection.minimum-detachment:30}") int minimumDetachment,
                                  @Value("${tocsin.protection.troops-per-thousand:20}") int troopsPerThousand,
                                  @Value("${tocsin.protection.guard-share-low:50}") int shareLow,
                                  @Value("${tocsin.protection.guard-share-high:100}") int shareHigh) {
        return new ImpactAssessor(new ProtectionAssumptions(minimumDetachment, troopsPerThousand, shareLow, shareHigh));
    }

    @Bean
    ProtectionService protectionService(SituationStore situations, ForceStore forces, ProtectionChangeStore changes,
                                        Transactions transactions, ObjectProvider<Journal> journal, Clock clock,
                                        ObjectProvider<ProtectionAlerts> alerts, ImpactAssessor assessor) {
        Journal j = journal.getIfAvailable(() -> {
            log.warn("No journal is configured: protection changes are recorded but not journaled");
            return Journal.NONE;
        });
        return new ProtectionService(situations, forces, changes, transactions, j, clock,
                alerts.getIfAvailable(() -> ProtectionAlerts.NONE), assessor);
    }

    /**
     * The demo situation's force (UNAMIR 1994), loaded once the application is ready — after the demo
     * data's own runner has created the situation — when the demo is enabled, the situation exists and
     * it has no force yet.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> demoForce(ProtectionService protection, DemoData demo) {
        return event -> {
            if (!demo.enabled()) return;
            try (InputStream in = ProtectionConfiguration.class.getResourceAsStream(DEMO_FORCE)) {
                if (in == null) throw new IllegalStateException("missing demo resource " + DEMO_FORCE);
                if (protection.importIfAbsent(DemoData.SITUATION, JsonMapper.builder().build().readTree(in), "demo",
                        "demo force file (UNAMIR 1994)")) {
                    log.info("Demo data: the force of {} loaded from its force file", DemoData.SITUATION);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
