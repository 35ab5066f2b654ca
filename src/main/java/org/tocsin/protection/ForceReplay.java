package org.tocsin.protection;

import org.tocsin.common.Parsed;
import org.tocsin.common.TocsinException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replays a force file: for each change its events record — a site left on an order, a contributor's
 * exit, a cut by the Council — the impact assessment that would have been in front of the deciders
 * that day, computed only from figures dated on or before it. Pure: no store, no clock.
 *
 * <p>Events become changes as follows: {@code site_abandoned} and a site's {@code protection_withdrawn}
 * are a site left on an order; {@code contributor_exit_decision} (and a {@code contributor_exit} with no
 * decision before it) is the withdrawal of the unit of the country named as {@code actor};
 * {@code authorization_cut} is a cut to the number its description gives ("reduces UNAMIR to ~270").
 * Events of the same change on the same day are one change.
 */
public final class ForceReplay {

    private static final Pattern CUT_TO = Pattern.compile("\\bto\\s+(?:~|about\\s+|c\\.\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)");

    /** A change the file records, with the events it was read from. */
    public record HistoricalChange(LocalDate on, ProposedChange change, ChangeForm form, List<ForceEvent> events) {
        public HistoricalChange {
            events = List.copyOf(events);
        }
    }

    private final ForceModel force;
    private final ForceBasis basis;
    private final ImpactAssessor assessor;

    public ForceReplay(ForceModel force, ForceBasis basis, ProtectionAssumptions assumptions) {
        this.force = force;
        this.basis = basis;
        this.assessor = new ImpactAssessor(assumptions);
    }

    /** The force file beside a case file: {@code <case>.force.json} next to {@code <case>.jsonl}, when there is one. */
    public static Optional<Path> besideCase(Path caseFile) {
        String name = caseFile.getFileName().toString();
        String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        Path force = caseFile.resolveSibling(stem + ".force.json");
        return Files.isRegularFile(force) ? Optional.of(force) : Optional.empty();
    }

    /** Reads a force file for a replay with the default assumptions; the situation is named after the file. */
    public static ForceReplay read(Path forceFile) throws IOException {
        String name = forceFile.getFileName().toString();
        String situation = name.endsWith(".force.json") ? name.substring(0, name.length() - ".force.json".length()) : name;
        ForceModel model;
        try {
            model = switch (new ForceFileParser().parse(JsonMapper.builder().build().readTree(forceFile.toFile()))) {
                case Parsed.Ok<ForceModel> ok -> ok.value();
                case Parsed.Refused<ForceModel> r -> throw new TocsinException(forceFile + ": " + r.errors().stream()
                        .map(e -> e.field() + " " + e.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
            };
        } catch (JacksonException e) {
            throw new TocsinException(forceFile + ": not well-formed JSON");
        }
        return new ForceReplay(model, ForceBasis.file(situation, name, model.title()), ProtectionAssumptions.defaults());
    }

    /**
     * The text section for {@code tocsin replay}: the assessments for every change the force file
     * records, or empty when there is no force file beside the case file.
     */
    public static Optional<String> sectionFor(Path caseFile) throws IOException {
        Optional<Path> file = besideCase(caseFile);
        if (file.isEmpty()) return Optional.empty();
        return Optional.of(read(file.get()).section());
    }

    public ForceModel force() { return force; }

    /** The changes the file records, in date order. */
    public List<HistoricalChange> changes() {
        List<ForceEvent> all = Stream.concat(force.events().stream(), force.sites().stream().flatMap(s -> s.events().stream()))
                .sorted(Comparator.comparing((ForceEvent e) -> e.date().earliest())).toList();
        List<HistoricalChange> out = new ArrayList<>();
        for (ForceEvent e : all) {
            Optional<HistoricalChange> c = change(e, out);
            if (c.isEmpty()) continue;
            int same = indexOf(out, c.get());
            if (same >= 0) {
                HistoricalChange h = out.get(same);
                List<ForceEvent> events = new ArrayList<>(h.events());
                events.add(e);
                out.set(same, new HistoricalChange(h.on(), h.change(), h.form(), events));
            } else {
                out.add(c.get());
            }
        }
        return out;
    }

    /** The assessments for the changes recorded on {@code day}. */
    public List<ImpactAssessment> on(LocalDate day) {
        return changes().stream().filter(c -> c.on().equals(day)).map(this::assess).toList();
    }

    /** The assessment for every change the file records. */
    public List<ImpactAssessment> all() {
        return changes().stream().map(this::assess).toList();
    }

    public ImpactAssessment assess(HistoricalChange c) {
        return assessor.assess(force, basis, c.change(), c.form(), c.on());
    }

    /** The text section: a summary line per change, each assessment, the assumptions once. */
    public String section() {
        List<HistoricalChange> changes = changes();
        List<ImpactAssessment> assessed = changes.stream().map(this::assess).toList();
        return ForceReplayText.render(basis, changes, assessed, assessor.assumptions());
    }

    private Optional<HistoricalChange> change(ForceEvent e, List<HistoricalChange> before) {
        LocalDate on = e.date().earliest();
        return switch (e.type()) {
            case "site_abandoned", "protection_withdrawn" -> e.site()
                    .map(s -> new HistoricalChange(on, new ProposedChange.SiteLeft(s), ChangeForm.ORDERED, List.of(e)));
            case "contributor_exit_decision" -> withdrawal(e, on);
            case "contributor_exit", "contributor_exit_complete" -> withdrawal(e, on).filter(h -> before.stream()
                    .noneMatch(b -> b.change().equals(h.change())));
            case "authorization_cut" -> target(e.description())
                    .map(n -> new HistoricalChange(on, new ProposedChange.ForceCut(n), ChangeForm.DECIDED, List.of(e)));
            default -> Optional.empty();
        };
    }

    private Optional<HistoricalChange> withdrawal(ForceEvent e, LocalDate on) {
        return e.actor().flatMap(force::unitOf)
                .map(c -> new HistoricalChange(on, new ProposedChange.Withdrawal(c.id()), ChangeForm.DECIDED, List.of(e)));
    }

    /** The number a cut goes to, as its description gives it: "reduces UNAMIR to ~270" → 270. */
    static Optional<Long> target(String description) {
        Matcher m = CUT_TO.matcher(description);
        return m.find() ? Optional.of(Long.parseLong(m.group(1).replace(",", ""))) : Optional.empty();
    }

    private static int indexOf(List<HistoricalChange> changes, HistoricalChange c) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).on().equals(c.on()) && changes.get(i).change().equals(c.change())) return i;
        }
        return -1;
    }
}
