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
import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.fusion.FusionService;
import org.tocsin.fusion.ParameterOverrides;
import org.tocsin.fusion.jdbc.JdbcLevelStore;
import org.tocsin.intake.Channel;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.IntakeService;
import org.tocsin.intake.SignalStore;
import org.tocsin.situation.SituationStore;
import org.tocsin.tagging.IndicatorReview;
import org.tocsin.tagging.Tagger;
import org.tocsin.tagging.jdbc.JdbcSuggestionStore;
import org.tocsin.taxonomy.Taxonomy;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Wires indicator suggestion and fusion into intake: every accepted signal gets suggestions (single
 * submissions; bulk files carry their own codes) and a re-assessment of its situation, in the same
 * transaction; every committed import re-assesses once. Fusion parameters come from
 * {@code tocsin.fusion.*} on top of the documented defaults.
 */
@Configuration(proxyBeanMethods = false)
public class FusionConfiguration {

    /** Channels whose signals are written by people, and so get suggestions from their text. */
    private static final Set<Channel> SUGGESTED = Set.of(Channel.API, Channel.WEB_FORM);

    @Bean
    FusionParameters fusionParameters(Environment environment) {
        Map<String, String> overrides = Binder.get(environment)
                .bind("tocsin.fusion", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        return ParameterOverrides.apply(FusionParameters.defaults(), overrides);
    }

    @Bean
    CountryNames countryNames() { return CountryNames.standard(); }

    @Bean
    Tagger tagger(Taxonomy taxonomy) { return Tagger.standard(taxonomy); }

    @Bean
    IndicatorReview.Store suggestionStore(JdbcTemplate jdbc) { return new JdbcSuggestionStore(jdbc); }

    @Bean
    IndicatorReview indicatorReview(Tagger tagger, IndicatorReview.Store store, Transactions transactions,
                                    ObjectProvider<Journal> journal, Clock clock, SignalStore signals) {
        IndicatorReview review = new IndicatorReview(tagger, store, transactions, journal.getIfAvailable(() -> Journal.NONE), clock);
        review.subjects(uid -> signals.find(uid).map(s -> "signal:" + s.key()).orElse("signal-uid:" + uid));
        return review;
    }

    @Bean
    FusionService fusionService(SituationStore situations, SignalStore signals, IndicatorReview.Store suggestions,
                                JdbcTemplate jdbc, ObjectProvider<Journal> journal, Taxonomy taxonomy,
                                FusionParameters parameters, CountryNames countries, Clock clock, Transactions transactions,
                                IntakeService intake, ImportService imports, IndicatorReview review) {
        FusionService fusion = new FusionService(situations, signals, suggestions, new JdbcLevelStore(jdbc),
                journal.getIfAvailable(() -> Journal.NONE), taxonomy, parameters, countries, clock, transactions);
        intake.addListener(signal -> {
            if (SUGGESTED.contains(signal.receipt().channel())) review.suggestFor(signal);
            fusion.reassess(signal.key().situation(), signal.receipt().submittedBy());
        });
        imports.addListener((request, report, digest) -> fusion.reassess(request.situation(), request.submittedBy()));
        review.onConfirmed(situation -> {
            fusion.forget(situation);
            transactions.inTransaction(tx -> fusion.reassess(situation, "system"));
        });
        return fusion;
    }
}
