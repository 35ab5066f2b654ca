package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Guard;
import org.tocsin.web.security.Requires;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.tocsin.audit.JournalEvent;
import org.tocsin.audit.JournalReads;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.intake.Channel;
import org.tocsin.intake.IntakeService;
import org.tocsin.intake.SignalKind;
import org.tocsin.intake.SignalStore;
import org.tocsin.intake.SignalStore.SignalQuery;
import org.tocsin.intake.SubmitOutcome;
import org.tocsin.situation.SituationStore;
import org.tocsin.taxonomy.Taxonomy;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/signals")
class SignalController {

    /** One signal is at most 1 MB; bulk files go to /api/imports. */
    static final int MAX_SIGNAL_BYTES = 1 << 20;

    private final IntakeService intake;
    private final SignalStore signals;
    private final SituationStore situations;
    private final JournalReads reads;
    private final Clock clock;
    private final Guard guard;

    SignalController(IntakeService intake, SignalStore signals, SituationStore situations,
                     ObjectProvider<JournalReads> reads, Clock clock, Guard guard) {
        this.guard = guard;
        this.intake = intake;
        this.signals = signals;
        this.situations = situations;
        this.reads = reads.getIfAvailable();
        this.clock = clock;
    }

    @Requires(value = Permission.SIGNAL_SUBMIT, from = Requires.From.SOMEWHERE, name = "id")
    @PostMapping
    ResponseEntity<Object> submit(HttpServletRequest request, Principal principal) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX_SIGNAL_BYTES);
        if (body.path("situation").isString()) guard.require(request, Permission.SIGNAL_SUBMIT, body.path("situation").stringValue());
        return switch (intake.submit(body, principal.getName(), Channel.API)) {
            case SubmitOutcome.Created c -> ResponseEntity.created(location(c.signal().key().uuid()))
                    .<Object>body(SignalJson.of(c.signal()));
            case SubmitOutcome.Unchanged u -> ResponseEntity.ok().location(location(u.existing().key().uuid()))
                    .<Object>body(SignalJson.of(u.existing()));
            case SubmitOutcome.Conflict c -> ApiProblem.response(ApiProblem.field(HttpStatus.CONFLICT, "id-conflict",
                    "Different signal under this id", "id",
                    "is already used in this situation by a signal with different content; give the new signal its own id"));
            case SubmitOutcome.Invalid i -> ApiProblem.response(ApiProblem.invalid("Invalid signal", i.errors()));
            case SubmitOutcome.UnknownSituation u -> ApiProblem.response(ApiProblem.field(HttpStatus.UNPROCESSABLE_CONTENT,
                    "unknown-situation", "Unknown situation", "situation",
                    "names no situation known to Tocsin; create it first with POST /api/situations"));
        };
    }

    private static URI location(UUID uid) {
        return URI.create("/api/signals/" + uid);
    }

    @Requires(value = Permission.SIGNAL_READ, from = Requires.From.SIGNAL, name = "uid")
    @GetMapping("/{uid}")
    Map<String, Object> get(@PathVariable String uid, Principal principal, HttpServletRequest request) {
        UUID id;
        try {
            id = UUID.fromString(uid);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid signal id",
                    "uid", "must be a signal's uid (a UUID, as given in the Location of its creation)"));
        }
        var signal = signals.find(id).orElseThrow(() -> ApiProblem.raise(ApiProblem.field(
                HttpStatus.NOT_FOUND, "unknown-signal", "Unknown signal", "uid", "names no signal known to Tocsin")));
        // a signal whose label the viewer may not read does not exist for them: the same answer as an unknown uid
        if (!signal.readableBy(guard.viewer(request))) {
            throw ApiProblem.raise(ApiProblem.field(HttpStatus.NOT_FOUND, "unknown-signal", "Unknown signal", "uid", "names no signal known to Tocsin"));
        }
        // who opened what, for the who-knew report; batched so that reading never waits on the journal
        if (reads != null) {
            reads.record(new JournalEvent("signal.viewed", clock.instant(), principal.getName(), signal.key().situation(),
                    "signal:" + signal.key(), Map.of("uid", signal.key().uuid().toString())));
        }
        return SignalJson.of(signal);
    }

    @Requires(value = Permission.SIGNAL_READ, from = Requires.From.PARAM, name = "situation")
    @GetMapping
    Map<String, Object> search(@RequestParam String situation,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) String indicator,
                               @RequestParam(required = false) String kind,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "100") int size,
                               HttpServletRequest request) {
        if (!situations.exists(situation)) throw SituationController.notFound(situation);
        if (page < 0) throw badParam("page", "must be 0 or more");
        if (size < 1 || size > 1000) throw badParam("size", "must be between 1 and 1000");
        if (indicator != null && !Taxonomy.wellFormed(indicator)) throw badParam("indicator", "must be a code such as RF07 or RF07.04");
        SignalKind k = kind == null ? null : SignalKind.parse(kind).orElseThrow(() -> badParam("kind", "is not a signal kind"));
        SignalQuery q = new SignalQuery(situation, date("from", from), date("to", to), indicator, k, page, size)
                .readableBy(guard.viewer(request));
        long total = signals.count(q);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("situation", situation);
        out.put("page", page);
        out.put("size", size);
        out.put("total", total);
        out.put("items", signals.search(q).stream().map(SignalJson::of).toList());
        return out;
    }

    private static LocalDate date(String name, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw badParam(name, "must be a date written YYYY-MM-DD");
        }
    }

    static ApiProblem badParam(String name, String reason) {
        return ApiProblem.raise(ApiProblem.field(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", name, reason));
    }
}
