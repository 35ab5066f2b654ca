package org.tocsin.app;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.audit.Journal;
import org.tocsin.common.Transactions;
import org.tocsin.decision.DeterminationCatalogue;
import org.tocsin.decision.DeterminationService;
import org.tocsin.decision.DueItems;
import org.tocsin.decision.DuePolicy;
import org.tocsin.decision.PromptingParameters;
import org.tocsin.decision.jdbc.JdbcDeterminationStore;
import org.tocsin.decision.jdbc.JdbcDueItems;
import org.tocsin.decision.jdbc.JdbcObligationStore;
import org.tocsin.fusion.FusionService;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.IntakeService;
import org.tocsin.intake.SignalStore;
import org.tocsin.situation.SituationStore;
import org.tocsin.tagging.IndicatorReview;
import org.tocsin.taxonomy.Taxonomy;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Structured determinations (M7): the element catalogue, the stores, and the review that opens
 * "determination due" items. A situation is reviewed, in the same transaction, after every accepted
 * signal that carries a code the prompting rules read, after every committed import and after every
 * confirmed indicator (these listeners are registered after fusion's, so they see its updated state).
 *
 * <p>Properties: {@code tocsin.determination.deadline.<TYPE>} (ISO 8601 durations, e.g.
 * {@code tocsin.determination.deadline.SERIOUS_RISK_OF_GENOCIDE=PT24H}) override the default deadlines
 * of {@link PromptingParameters#defaults()}.
 *
 * <p>Escalation consumes {@link DueItems} (the bean below): {@code overdue(now)} lists open items past
 * their deadline; {@link DeterminationService#addListener} tells of items opened and closed.
 */
@Configuration(proxyBeanMethods = false)
public class DeterminationConfiguration {

    /** Factors whose codes the prompting rules read: a signal without them cannot make a determination due. */
    private static final Set<String> PROMPTING_FACTORS = Set.of("RF01", "RF05", "RF07", "RF09", "RF10", "RF11", "RF12", "RF13", "RF14");

    @Bean
    DeterminationCatalogue determinationCatalogue(Taxonomy taxonomy) { return DeterminationCatalogue.standard(taxonomy); }

    @Bean
    DuePolicy duePolicy(Environment environment) {
        Map<String, String> raw = Binder.get(environment)
                .bind("tocsin.determination.deadline", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        Map<String, Duration> deadlines = new HashMap<>();
        raw.forEach((type, value) -> {
            try {
                deadlines.put(type, Duration.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("tocsin.determination.deadline." + type + " is not an ISO 8601 duration: " + value, e);
            }
        });
        return new DuePolicy(PromptingParameters.defaults().withDeadlines(deadlines));
    }

    @Bean
    DueItems determinationDueItems(JdbcTemplate jdbc) { return new JdbcDueItems(jdbc); }

    @Bean
    DeterminationService determinationService(DeterminationCatalogue catalogue, DuePolicy policy, DueItems due, JdbcTemplate jdbc,
                                              SituationStore situations, SignalStore signals, FusionService fusion,
                                              ObjectProvider<Journal> journal, Transactions transactions, Clock clock,
                                              IntakeService intake, ImportService imports, IndicatorReview review) {
        DeterminationService service = new DeterminationService(catalogue, policy, new JdbcDeterminationStore(jdbc), due,
                new JdbcObligationStore(jdbc), situations::exists, key -> signals.find(key).isPresent(), fusion::current,
                journal.getIfAvailable(() -> Journal.NONE), transactions, clock);
        intake.addListener(signal -> {
            boolean relevant = signal.indicators().stream().anyMatch(code -> PROMPTING_FACTORS.contains(Taxonomy.factorOf(code)));
            if (relevant) service.review(signal.key().situation(), "system");
        });
        imports.addListener((request, report, digest) -> service.review(request.situation(), "system"));
        review.onConfirmed(situation -> service.review(situation, "system"));
        return service;
    }
}
