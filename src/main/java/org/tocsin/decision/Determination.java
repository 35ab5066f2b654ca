package org.tocsin.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A recorded determination: one situation, one type (genocide, a serious risk of it, an Article III
 * form, crimes against humanity, war crimes), every element of the type with its finding, signed by
 * its author, co-signers and any dissenters. Immutable: a change is a new determination that
 * supersedes this one, with its reasons; nothing is edited or deleted.
 *
 * <p>There is no conclusion to set: {@link #conclusion()} is computed from the findings by
 * {@link ConclusionRule}. The note is free text shown beside the conclusion; it cannot qualify it.
 *
 * @param id                 0 until stored
 * @param version            1 for a first determination; the superseded one's version + 1 for a new version
 * @param supersedes         the determination this one replaces, or null
 * @param supersessionReason why it replaces it (required with {@code supersedes})
 * @param standard           the standard chosen for the determination (each finding may apply its own)
 * @param findings           one per element of the type, in the type's order (unaddressed ones included)
 * @param period             the period covered, or null
 * @param occurredAt         when the determination was made (signed)
 * @param recordedAt         when Tocsin recorded it
 * @param catalogueVersion   the version of the element catalogue it was recorded under
 */
public record Determination(long id, String situation, String type, int version, Long supersedes, String supersessionReason,
                            Question question, ForumAnalog forum, StandardOfProof standard, List<ElementFinding> findings,
                            List<AlternativeExplanation> alternatives, String author, List<String> coSigners,
                            List<Dissent> dissents, String note, Period period, Instant occurredAt, Instant recordedAt,
                            String catalogueVersion) {

    public Determination {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        findings = List.copyOf(findings);
        alternatives = List.copyOf(alternatives);
        coSigners = List.copyOf(coSigners);
        dissents = List.copyOf(dissents);
        note = note == null || note.isBlank() ? null : note;
        supersessionReason = supersessionReason == null || supersessionReason.isBlank() ? null : supersessionReason;
        if (author.isBlank()) throw new IllegalArgumentException("a determination is signed by its author");
        if (version < 1) throw new IllegalArgumentException("versions start at 1");
        if ((supersedes == null) != (supersessionReason == null)) {
            throw new IllegalArgumentException("a superseding determination states why, and only it");
        }
        if (supersedes == null && version != 1) throw new IllegalArgumentException("only a superseding determination has a later version");
        Set<String> elements = new HashSet<>();
        for (ElementFinding f : findings) {
            if (!elements.add(f.element())) throw new IllegalArgumentException("element " + f.element() + " is found twice");
            if (f.standard().isRiskThreshold() != standard.isRiskThreshold()) {
                throw new IllegalArgumentException(f.element() + ": a risk finding and a proof finding cannot be mixed");
            }
        }
        if (new HashSet<>(coSigners).size() != coSigners.size() || coSigners.contains(author)) {
            throw new IllegalArgumentException("co-signers are distinct people other than the author");
        }
        ConclusionRule.judge(findings); // fails on findings that cannot give a conclusion
    }

    public Determination withId(long newId) {
        return new Determination(newId, situation, type, version, supersedes, supersessionReason, question, forum, standard,
                findings, alternatives, author, coSigners, dissents, note, period, occurredAt, recordedAt, catalogueVersion);
    }

    /** The conclusion and what it rests on: computed, never stored as an input. */
    public ConclusionRule.Judgement judgement() { return ConclusionRule.judge(findings); }

    public Conclusion conclusion() { return judgement().conclusion(); }

    public String subject() { return "determination:" + id; }

    /**
     * The conclusion in words, generated from the findings and the catalogue's texts (determination.md
     * section 4, design rule 2): the standard named is the weakest the conclusion rests on, so a hedged
     * paraphrase cannot dodge an element.
     */
    public String conclusionLabel(DeterminationCatalogue catalogue) {
        ConclusionRule.Judgement j = judgement();
        String statement = catalogue.type(type).map(t -> t.statements().get(question)).filter(Objects::nonNull)
                .orElse(type.toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + question.wire() + ")");
        StandardOfProof at = j.carriedAt().orElse(standard);
        String standardText = catalogue.standard(at).label() + " (" + at.id() + ")";
        return switch (j.conclusion()) {
            case ESTABLISHED -> "Established at " + standardText + ": " + statement + ".";
            case NOT_ESTABLISHED -> "Not established at " + standardText + ": it is not shown that " + statement
                    + ". Not established: " + String.join(", ", j.notEstablished()) + ".";
            case INDETERMINATE -> "Indeterminate: whether " + statement + " cannot be concluded while elements are unaddressed. "
                    + "Unaddressed: " + String.join(", ", j.unaddressed()) + ".";
            case INSUFFICIENT_INFORMATION -> "Insufficient information at " + standardText + " to conclude whether " + statement
                    + ". Insufficient: " + String.join(", ", j.insufficient()) + ".";
        };
    }

    /** SHA-256 over a canonical rendering of everything recorded: what the journal entry proves. */
    public String contentHash() {
        StringBuilder b = new StringBuilder(1024);
        field(b, situation); field(b, type); field(b, version); field(b, supersedes); field(b, supersessionReason);
        field(b, question.wire()); field(b, forum.wire()); field(b, standard.id());
        for (ElementFinding f : findings) {
            field(b, f.element()); field(b, f.requirement().kind().wire()); field(b, f.requirement().group());
            field(b, f.status().wire()); field(b, f.standard().id());
            field(b, f.evidence().stream().map(e -> e.signal().id() + "|" + e.bearing().wire() + "|" + e.note()).collect(Collectors.toList()));
            field(b, f.inferenceRules()); field(b, f.reasoning());
        }
        for (AlternativeExplanation a : alternatives) {
            field(b, a.text()); field(b, a.rejected()); field(b, a.reason()); field(b, a.evidence().stream().map(k -> k.id()).toList());
        }
        field(b, author); field(b, coSigners);
        for (Dissent d : dissents) { field(b, d.person()); field(b, d.text()); }
        field(b, note); field(b, period == null ? null : period.from()); field(b, period == null ? null : period.to());
        field(b, occurredAt); field(b, catalogueVersion);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    private static void field(StringBuilder b, Object value) {
        String s = value == null ? "\u0000null" : value.toString();
        b.append(s.length()).append(':').append(s).append(';');
    }
}
