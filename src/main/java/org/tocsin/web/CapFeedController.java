package org.tocsin.web;

import org.tocsin.web.security.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.notification.cap.CapFeed;
import org.tocsin.notification.cap.CapRenderer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Alerts as OASIS CAP 1.2, for warning systems and the public: an Atom feed with each alert's CAP
 * message inline, and each alert's message on its own. Only alerts whose label the feed's audience
 * may see are there (docs/notifications.md); any other id answers 404, as an unknown one does.
 */
@RestController
@Tag(name = "CAP feed", description = "Alerts in the OASIS Common Alerting Protocol 1.2")
class CapFeedController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final String FEED = "/api/cap/alerts";

    private final CapFeed feed;
    private final Clock clock;
    private final CapRenderer renderer = new CapRenderer();

    CapFeedController(CapFeed feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    @Operation(summary = "The CAP 1.2 alert feed (Atom)",
            description = "An Atom feed, newest alert first; each entry carries the alert's current CAP 1.2 message inline "
                    + "(<content type=\"application/cap+xml\">) and links to it. Only alerts labelled TLP:CLEAR appear "
                    + "(and TLP:GREEN when the feed is configured for a community); never AMBER or RED.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/atom+xml")))
    @Public
    @GetMapping(FEED)
    ResponseEntity<String> feed() {
        List<CapFeed.Published> published = feed.recent();
        Instant updated = published.stream().map(p -> p.message().sent()).max(Instant::compareTo).orElse(clock.instant());
        var entries = published.stream().map(p -> new CapRenderer.Entry(p.message(), FEED + "/" + p.alertId())).toList();
        String title = feed.audience() == CapFeed.Audience.PUBLIC ? "Tocsin public alerts" : "Tocsin community alerts (TLP:GREEN and CLEAR)";
        // relative links (RFC 4287 resolves them against the feed's URL): nothing taken from the Host header
        String xml = renderer.feed(new CapRenderer.Feed("urn:tocsin:cap:feed:" + feed.settings().sender(), title,
                feed.settings().senderName(), FEED, updated, entries));
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.maxAge(Duration.ofSeconds(30))).body(xml);
    }

    @Operation(summary = "One alert as a CAP 1.2 message",
            description = "The alert's current CAP 1.2 <alert> document (namespace urn:oasis:names:tc:emergency:cap:1.2). "
                    + "404 when there is no such alert or its label keeps it out of the feed.",
            responses = {@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/xml")),
                    @ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))})
    @Public
    @GetMapping(FEED + "/{id}")
    ResponseEntity<?> alert(@Parameter(description = "the alert's id") @PathVariable long id) {
        return feed.find(id)
                .<ResponseEntity<?>>map(m -> ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)))
                        .body(renderer.alert(m)))
                .orElseGet(() -> ApiProblem.response(ApiProblem.field(HttpStatus.NOT_FOUND, "not-found", "Not found", "id",
                        "names no alert published in the CAP feed")));
    }
}
