package org.tocsin.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.tocsin.common.Transactions;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.IntakeService;
import org.tocsin.intake.SignalBulkLoader;
import org.tocsin.intake.SignalParser;
import org.tocsin.intake.SignalStore;
import org.tocsin.intake.jdbc.JdbcSignalBulkLoader;
import org.tocsin.intake.jdbc.JdbcSignalStore;
import org.tocsin.situation.SituationParser;
import org.tocsin.situation.SituationStore;
import org.tocsin.situation.jdbc.JdbcSituationStore;
import org.tocsin.taxonomy.Taxonomy;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Wires the framework-free domain services to their PostgreSQL stores. The domain classes carry
 * no Spring annotations (checked by ArchitectureTest); this is the one place they meet Spring.
 */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    Clock clock() { return Clock.systemUTC(); }

    @Bean
    Taxonomy taxonomy() { return Taxonomy.framework(); }

    @Bean
    Transactions transactions(PlatformTransactionManager manager) { return new SpringTransactions(manager); }

    @Bean
    SituationStore situationStore(JdbcTemplate jdbc) { return new JdbcSituationStore(jdbc); }

    @Bean
    SignalStore signalStore(JdbcTemplate jdbc) { return new JdbcSignalStore(jdbc); }

    @Bean
    SignalBulkLoader signalBulkLoader(DataSource dataSource, JdbcTemplate jdbc) { return new JdbcSignalBulkLoader(dataSource, jdbc); }

    @Bean
    SignalParser signalParser(Taxonomy taxonomy) { return new SignalParser(taxonomy); }

    @Bean
    SituationParser situationParser() { return new SituationParser(); }

    @Bean
    IntakeService intakeService(SignalParser parser, SituationStore situations, SignalStore signals,
                                Transactions transactions, Clock clock) {
        return new IntakeService(parser, situations, signals, transactions, clock);
    }

    @Bean
    ImportService importService(SituationStore situations, SignalBulkLoader loader, SignalParser parser,
                                Transactions transactions, Clock clock) {
        return new ImportService(situations, loader, parser, transactions, clock);
    }
}
