package org.tocsin.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The reader's language: English or French. A {@code ?lang=fr} switch is kept in a cookie for a year;
 * without one, the browser's preferred languages decide; anything else falls back to English. Only the
 * two languages the message bundles hold are ever resolved, so a page never mixes a third language's
 * formats with English text.
 */
final class ConsoleLocaleResolver extends CookieLocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    static final String COOKIE = "tocsin-lang";

    ConsoleLocaleResolver() {
        super(COOKIE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
        setCookieHttpOnly(true);
        setDefaultLocaleFunction(ConsoleLocaleResolver::preferred);
    }

    /** The first supported language among those the browser asks for. */
    static Locale preferred(HttpServletRequest request) {
        for (Locale asked : Collections.list(request.getLocales())) {
            for (Locale s : SUPPORTED) if (s.getLanguage().equals(asked.getLanguage())) return s;
        }
        return Locale.ENGLISH;
    }

    static Locale supported(Locale locale) {
        if (locale == null) return Locale.ENGLISH;
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
    }

    /** Lazy, like the parent's: a {@code ?lang=} switch later in the same request is seen by LocaleContextHolder. */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        LocaleContext resolved = super.resolveLocaleContext(request);
        return new TimeZoneAwareLocaleContext() {
            @Override
            public Locale getLocale() { return supported(resolved.getLocale()); }

            @Override
            public TimeZone getTimeZone() {
                return resolved instanceof TimeZoneAwareLocaleContext t ? t.getTimeZone() : null;
            }
        };
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        Locale asked = localeContext == null ? null : localeContext.getLocale();
        super.setLocaleContext(request, response, asked == null ? null : new SimpleLocaleContext(supported(asked)));
    }
}
