package org.tocsin.protection;

import org.tocsin.audit.Journal;
import org.tocsin.common.Parsed;
import org.tocsin.common.TocsinException;
import org.tocsin.common.Transactions;
import org.tocsin.situation.SituationStore;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The protection capability's one service: a situation's force, versioned (imports and edits never
 * overwrite), read on any day; the impact of a proposed change, worked out before anyone decides; and
 * changes that reduce protection put on record with their impact attached, journaled, and handed to
 * escalation through {@link ProtectionAlerts} — an order that leaves a protected site at once.
 * Every write happens in one transaction with its journal entries and the hook's work.
 */
public final class ProtectionService {

    /** Which hook a recorded change went to. */
    public enum Alerted {
        SITE_LEFT, REDUCTION_PROPOSED;

        public String wire() { return name().toLowerCase(Locale.ROOT); }
    }

    /** A change on record, its impact, and the hook it went to. */
    public record Recorded(RecordedChange change, ImpactAssessment impact, Alerted alerted) {}

    /** A stored version of the force, read. */
    public record Force(VersionInfo info, ForceModel model, String document) {}

    private final SituationStore situations;
    private final ForceStore forces;
    private final ProtectionChangeStore changes;
    private final Transactions transactions;
    private final Journal journal;
    private final Clock clock;
    private final ProtectionAlerts alerts;
    private final ImpactAssessor assessor;
    private final ForceFileParser parser = new ForceFileParser();
    private final ForceEdits edits = new ForceEdits();
    private final JsonMapper json = JsonMapper.builder().build();

    public ProtectionService(SituationStore situations, ForceStore forces, ProtectionChangeStore changes, Transactions transactions,
                             Journal journal, Clock clock, ProtectionAlerts alerts, ImpactAssessor assessor) {
        this.situations = situations;
        this.forces = forces;
        this.changes = changes;
        this.transactions = transactions;
        this.journal = journal;
        this.clock = clock;
        this.alerts = alerts;
        this.assessor = assessor;
    }

    // ---- the force and its versions ------------------------------------------------------------

    /** Imports a force file as the situation's next version. */
    public ProtectionOutcome<VersionInfo> importForce(String situation, JsonNode document, String actor, String reason) {
        if (parser.parse(document) instanceof Parsed.Refused<ForceModel> r) return new ProtectionOutcome.Invalid<>(r.errors());
        return transactions.inTransaction(tx -> {
            if (!situations.exists(situation)) return new ProtectionOutcome.UnknownSituation<>(situation);
            int next = forces.latest(situation).map(v -> v.info().version() + 1).orElse(1);
            return append(situation, next, document, VersionInfo.Origin.IMPORTED, reason, actor, 0);
        });
    }

    /**
     * Imports the force file as version 1 when the situation exists and has no force yet (the demo on
     * first start); false when there was nothing to do.
     */
    public boolean importIfAbsent(String situation, JsonNode document, String actor, String reason) {
        return transactions.inTransaction(tx -> {
            if (!situations.exists(situation) || forces.latest(situation).isPresent()) return false;
            return importForce(situation, document, actor, reason) instanceof ProtectionOutcome.Done<VersionInfo>;
        });
    }

    /** Applies edits to the latest version, making the next one (see {@link ForceEdits}). */
    public ProtectionOutcome<VersionInfo> edit(String situation, JsonNode body, String actor) {
        return switch (edits.parse(body)) {
            case Parsed.Refused<ForceEdits.Request> r -> new ProtectionOutcome.Invalid<>(r.errors());
            case Parsed.Ok<ForceEdits.Request> ok -> transactions.inTransaction(tx -> {
                if (!situations.exists(situation)) return new ProtectionOutcome.UnknownSituation<>(situation);
                Optional<ForceVersion> latest = forces.latest(situation);
                if (latest.isEmpty()) return new ProtectionOutcome.NoForce<>(situation);
                int current = latest.get().info().version();
                OptionalInt base = ok.value().baseVersion();
                if (base.isPresent() && base.getAsInt() != current) return new ProtectionOutcome.Conflict<>(current);
                return switch (edits.apply(read(latest.get().document()), model(latest.get()), ok.value())) {
                    case Parsed.Refused<tools.jackson.databind.node.ObjectNode> r -> new ProtectionOutcome.Invalid<>(r.errors());
                    case Parsed.Ok<tools.jackson.databind.node.ObjectNode> doc -> append(situation, current + 1, doc.value(), VersionInfo.Origin.EDITED,
                            ok.value().reason(), actor, ok.value().edits().size());
                };
            });
        };
    }

    private ProtectionOutcome<VersionInfo> append(String situation, int version, JsonNode document, VersionInfo.Origin origin,
                                                  String reason, String actor, int editCount) {
        String text = json.writeValueAsString(document);
        VersionInfo info = new VersionInfo(situation, version, sha256(text), origin, reason, actor, clock.instant());
        if (!forces.append(new ForceVersion(info, text))) return new ProtectionOutcome.Conflict<>(version);
        journal.append(ProtectionJournal.versioned(info, editCount));
        return new ProtectionOutcome.Done<>(info);
    }

    /** The latest version, or the one asked for. */
    public ProtectionOutcome<Force> force(String situation, OptionalInt version) {
        if (!situations.exists(situation)) return new ProtectionOutcome.UnknownSituation<>(situation);
        Optional<ForceVersion> v = version.isPresent() ? forces.find(situation, version.getAsInt()) : forces.latest(situation);
        if (v.isEmpty()) {
            return version.isPresent() && forces.latest(situation).isPresent()
                    ? new ProtectionOutcome.NotFound<>("version", "names no version of this situation's force")
                    : new ProtectionOutcome.NoForce<>(situation);
        }
        return new ProtectionOutcome.Done<>(new Force(v.get().info(), model(v.get()), v.get().document()));
    }

    public ProtectionOutcome<List<VersionInfo>> versions(String situation) {
        if (!situations.exists(situation)) return new ProtectionOutcome.UnknownSituation<>(situation);
        return new ProtectionOutcome.Done<>(forces.history(situation));
    }

    /** "Strength of X on D", on the latest version: value, range, confidence and the figures behind them. */
    public ProtectionOutcome<Reading> strength(String situation, String contingent, Optional<LocalDate> on) {
        return reading(situation, on, (m, d) -> m.strength(contingent, d), "contingent", "names no contingent in the force");
    }

    /** People sheltering at a site on D, on the latest version. */
    public ProtectionOutcome<Reading> people(String situation, String site, Optional<LocalDate> on) {
        return reading(situation, on, (m, d) -> m.people(site, d), "site", "names no protected site in the force");
    }

    private ProtectionOutcome<Reading> reading(String situation, Optional<LocalDate> on,
                                               java.util.function.BiFunction<ForceModel, LocalDate, Optional<Reading>> read,
                                               String field, String reason) {
        return switch (force(situation, OptionalInt.empty())) {
            case ProtectionOutcome.Done<Force> f -> read.apply(f.value().model(), on.orElseGet(this::today))
                    .<ProtectionOutcome<Reading>>map(ProtectionOutcome.Done::new)
                    .orElseGet(() -> new ProtectionOutcome.NotFound<>(field, reason));
            case ProtectionOutcome<Force> other -> cast(other);
        };
    }

    // ---- impact and changes --------------------------------------------------------------------

    /** What a change would do, on the latest version of the force: nothing is put on record but the fact that it was asked. */
    public ProtectionOutcome<ImpactAssessment> assess(String situation, JsonNode body, String actor) {
        return switch (ChangeRequest.parse(body, false)) {
            case Parsed.Refused<ChangeRequest> r -> new ProtectionOutcome.Invalid<>(r.errors());
            case Parsed.Ok<ChangeRequest> ok -> transactions.inTransaction(tx -> {
                if (!situations.exists(situation)) return new ProtectionOutcome.UnknownSituation<>(situation);
                Optional<ForceVersion> latest = forces.latest(situation);
                if (latest.isEmpty()) return new ProtectionOutcome.NoForce<>(situation);
                ForceModel model = model(latest.get());
                var wrong = assessor.check(model, ok.value().change());
                if (wrong.isPresent()) return new ProtectionOutcome.Invalid<>(List.of(wrong.get()));
                ImpactAssessment a = assessor.assess(model, basis(latest.get(), model), ok.value().change(), ok.value().form(),
                        ok.value().on().orElseGet(this::today));
                int version = latest.get().info().version();
                journal.append(ProtectionJournal.assessed(a, actor, ProtectionJournal.forceSubject(situation, version), clock.instant()));
                return new ProtectionOutcome.Done<>(a);
            });
        };
    }

    /**
     * Puts a change on record with its impact attached, journals both, and calls the hook: an order or
     * decision that leaves a protected site goes to {@link ProtectionAlerts#siteLeft} at once.
     */
    public ProtectionOutcome<Recorded> record(String situation, JsonNode body, String actor) {
        return switch (ChangeRequest.parse(body, true)) {
            case Parsed.Refused<ChangeRequest> r -> new ProtectionOutcome.Invalid<>(r.errors());
            case Parsed.Ok<ChangeRequest> ok -> transactions.inTransaction(tx -> record(situation, ok.value(), actor));
        };
    }

    private ProtectionOutcome<Recorded> record(String situation, ChangeRequest request, String actor) {
        if (!situations.exists(situation)) return new ProtectionOutcome.UnknownSituation<>(situation);
        Optional<ForceVersion> latest = forces.latest(situation);
        if (latest.isEmpty()) return new ProtectionOutcome.NoForce<>(situation);
        ForceModel model = model(latest.get());
        var wrong = assessor.check(model, request.change());
        if (wrong.isPresent()) return new ProtectionOutcome.Invalid<>(List.of(wrong.get()));
        Instant now = clock.instant();
        Instant occurred = request.occurredAt().orElse(now);
        if (occurred.isAfter(now)) return ProtectionOutcome.invalid("occurred_at", "is in the future");
        LocalDate on = request.on().orElse(LocalDate.ofInstant(occurred, ZoneOffset.UTC));
        ImpactAssessment impact = assessor.assess(model, basis(latest.get(), model), request.change(), request.form(), on);
        ProtectionChange change = new ProtectionChange(situation, request.change(), request.form(), on,
                latest.get().info().version(), actor, occurred, now, request.rationale());
        RecordedChange recorded = changes.insert(change, ImpactJson.of(impact), impact.toText());
        journal.append(ProtectionJournal.proposed(recorded));
        journal.append(ProtectionJournal.assessed(impact, "system", recorded.subject(), now));
        Alerted alerted;
        if (request.form().effective() && impact.leavesProtectedSites()) {
            alerts.siteLeft(recorded, impact);
            alerted = Alerted.SITE_LEFT;
        } else {
            alerts.reductionProposed(recorded, impact);
            alerted = Alerted.REDUCTION_PROPOSED;
        }
        return new ProtectionOutcome.Done<>(new Recorded(recorded, impact, alerted));
    }

    public ProtectionOutcome<List<RecordedChange>> changes(String situation) {
        if (!situations.exists(situation)) return new ProtectionOutcome.UnknownSituation<>(situation);
        return new ProtectionOutcome.Done<>(changes.list(situation));
    }

    public ProtectionOutcome<RecordedChange> change(String situation, long id) {
        if (!situations.exists(situation)) return new ProtectionOutcome.UnknownSituation<>(situation);
        return changes.find(situation, id).<ProtectionOutcome<RecordedChange>>map(ProtectionOutcome.Done::new)
                .orElseGet(() -> new ProtectionOutcome.NotFound<>("change", "names no recorded change of this situation"));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static ForceBasis basis(ForceVersion v, ForceModel model) {
        return ForceBasis.version(v.info().situation(), v.info().version(), model.title());
    }

    private ForceModel model(ForceVersion v) {
        return switch (parser.parse(read(v.document()))) {
            case Parsed.Ok<ForceModel> ok -> ok.value();
            case Parsed.Refused<ForceModel> r -> throw new TocsinException("stored force version " + v.info().situation() + "/v"
                    + v.info().version() + " no longer parses: " + r.errors().getFirst());
        };
    }

    private JsonNode read(String document) {
        try {
            return json.readTree(document);
        } catch (JacksonException e) {
            throw new TocsinException("a stored force document is not JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <A, B> ProtectionOutcome<B> cast(ProtectionOutcome<A> failure) {
        return (ProtectionOutcome<B>) failure;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new TocsinException("SHA-256 is not available", e);
        }
    }
}
