package org.tocsin.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.tocsin.access.Viewer;
import org.tocsin.web.security.AuthorizationInterceptor;
import org.tocsin.web.security.Forbidden;
import org.tocsin.web.security.NextPage;
import org.tocsin.web.security.Viewers;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What every console page shares: the navigation, the language switch (links to the same page in the
 * other language) and error pages. Runs before the API's problem-detail handler, so a console reader
 * gets a page, never JSON, and never an exception's message.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

    private final Formats formats;
    private final Labels labels;
    private final Viewers viewers;

    ConsoleAdvice(Formats formats, Labels labels, Viewers viewers) {
        this.formats = formats;
        this.labels = labels;
        this.viewers = viewers;
    }

    /** The signed-in person's id, for the header; null on the sign-in page. */
    @ModelAttribute("me")
    String me(HttpServletRequest request) {
        Viewer v = viewers.of(request);
        return Viewers.signedIn(v) ? v.person() : null;
    }

    /**
     * Formatting and domain wording for templates, as model attributes ({@code ${fmt.date(d)}},
     * {@code ${txt.factor(c)}}): Thymeleaf 3.1 refuses bean references ({@code @bean}) inside message
     * parameters, and one way of calling them everywhere is simpler to read.
     */
    @ModelAttribute("fmt")
    Formats fmt() { return formats; }

    @ModelAttribute("txt")
    Labels txt() { return labels; }

    /** A link of the language switch. */
    record LanguageLink(String code, String name, String href, boolean current) {}

    @ModelAttribute("sections")
    List<Section> sections(HttpServletRequest request) { return Section.shown(viewers.of(request)); }

    @ModelAttribute("languages")
    List<LanguageLink> languages(HttpServletRequest request, Locale locale) {
        return ConsoleLocaleResolver.SUPPORTED.stream().map(l -> new LanguageLink(l.getLanguage(), nameOf(l),
                switchTo(request, l.getLanguage()), l.getLanguage().equals(locale.getLanguage()))).toList();
    }

    /** A language named in itself, as a reader who does not read the current one looks for it: "Français". */
    static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The page being viewed, with {@code lang} replaced: a GET, so it works without script and can be bookmarked. */
    static String switchTo(HttpServletRequest request, String language) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam("lang", language).build().toUriString();
    }

    /** Not signed in: to the sign-in page, and back here afterwards (for a GET; a form's target is not a page to return to). */
    @ExceptionHandler(AuthorizationInterceptor.Unauthenticated.class)
    String signIn(HttpServletRequest request) {
        String query = request.getQueryString();
        String here = request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
        boolean page = "GET".equals(request.getMethod()) && NextPage.safe(here);
        return "redirect:/login" + (page ? "?next=" + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8) : "");
    }

    @ExceptionHandler(Forbidden.class)
    String forbidden(Forbidden e, Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return errorPage(403, "error.forbidden", model, request, response, locale);
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return errorPage(404, e.what(), model, request, response, locale);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        // Spring's own refusals (wrong method, missing parameter, …) keep their status
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            int status = refusal.getStatusCode().value();
            return errorPage(status, status == 404 ? "error.page" : "error.request", model, request, response, locale);
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error on a console page, reference {}", reference, e);
        model.addAttribute("reference", reference);
        return errorPage(500, "error.internal", model, request, response, locale);
    }

    /** Exception handlers get a fresh model: the layout's shared attributes are added here. */
    private String errorPage(int status, String what, Model model, HttpServletRequest request, HttpServletResponse response,
                             Locale locale) {
        response.setStatus(status);
        model.addAttribute("sections", sections(request));
        model.addAttribute("me", me(request));
        model.addAttribute("fmt", formats);
        model.addAttribute("txt", labels);
        model.addAttribute("languages", languages(request, locale));
        model.addAttribute("status", status);
        model.addAttribute("what", what);
        return "console/error";
    }
}
