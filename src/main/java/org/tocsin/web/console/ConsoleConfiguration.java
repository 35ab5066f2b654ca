package org.tocsin.web.console;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.FactorHistory;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.intake.SignalStore;
import org.tocsin.situation.SituationStore;
import org.tocsin.tagging.IndicatorReview;
import org.tocsin.taxonomy.Taxonomy;
import org.webjars.WebJarVersionLocator;

import java.time.Duration;

/**
 * Spring wiring of the console: the language (a {@code ?lang=} switch kept in a cookie), security
 * headers on its pages, and its static assets served under content-hashed URLs with a year's cache,
 * so that a reader on a slow connection downloads the stylesheet and script once.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration implements WebMvcConfigurer {

    /** The console's pages (the REST API under /api keeps its own headers). */
    static final String[] PAGES = {"/", "/situations/**", "/signals/**", "/replay", "/replay/**",
            "/briefings", "/briefings/**", "/journal", "/journal/**", "/alerts", "/alerts/**", "/requests", "/requests/**",
            "/sources", "/sources/**", "/login", "/account", "/account/**", "/admin/**"};

    @Bean
    LocaleResolver localeResolver() { return new ConsoleLocaleResolver(); }

    /**
     * What waits on each situation, for the overview: its open alerts, and the decisions past their
     * deadline (open alerts whose pending deadline has passed, determinations due and overdue).
     */
    @Bean
    SituationAttention situationAttention(org.tocsin.escalation.AlertService alerts,
                                          org.springframework.beans.factory.ObjectProvider<org.tocsin.decision.DueItems> due,
                                          java.time.Clock clock) {
        return situation -> {
            java.time.Instant now = clock.instant();
            var open = alerts.list(situation, true);
            int overdue = 0;
            for (var a : open) {
                boolean late = alerts.view(a.id()).map(v -> v.deadlines().stream().anyMatch(d -> d.dueAt().isBefore(now))).orElse(false);
                if (late) overdue++;
            }
            var items = due.getIfAvailable();
            if (items != null) overdue += (int) items.overdue(now).stream().filter(d -> d.situation().equals(situation)).count();
            return new SituationAttention.Attention(open.size(), overdue);
        };
    }

    @Bean
    FactorHistory factorHistory(SituationStore situations, SignalStore signals, IndicatorReview.Store suggestions,
                                Taxonomy taxonomy, FusionParameters parameters, CountryNames countries) {
        return new FactorHistory(situations, signals, suggestions, taxonomy, parameters, countries);
    }

    /** Rewrites {@code @{/console/console.css}} in templates to its content-hashed URL. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> consoleResourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> bean = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        bean.addUrlPatterns("/*");
        return bean;
    }

    /** Console pages gzipped (the API and uploads untouched: see {@link GzipPages}). */
    @Bean
    FilterRegistrationBean<GzipPages> consoleGzip() {
        FilterRegistrationBean<GzipPages> bean = new FilterRegistrationBean<>(new GzipPages());
        bean.addUrlPatterns("/*");
        return bean;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang).addPathPatterns(PAGES);
        registry.addInterceptor(new ConsoleHeaders()).addPathPatterns(PAGES);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        registry.addResourceHandler("/console/**")
                .addResourceLocations("classpath:/static/console/")
                .setCacheControl(year)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        // htmx from its WebJar, under a hashed URL, gzipped from the .gz the WebJar ships (16 KB instead of 51 KB)
        String htmx = new WebJarVersionLocator().fullPath("htmx.org", "dist/htmx.min.js");
        if (htmx != null) {
            registry.addResourceHandler("/console/lib/htmx/**")
                    .addResourceLocations("classpath:/" + htmx.substring(0, htmx.lastIndexOf('/') + 1))
                    .setCacheControl(year)
                    .resourceChain(true)
                    .addResolver(new EncodedResourceResolver())
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/vendor/**")
                .addResourceLocations("classpath:/static/vendor/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
    }
}
