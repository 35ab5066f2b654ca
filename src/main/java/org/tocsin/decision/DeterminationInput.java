package org.tocsin.decision;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import org.tocsin.intake.SignalKey;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a determination as a client writes it (JSON, snake_case) into a {@link DeterminationDraft},
 * collecting every problem with the field it concerns. The conclusion is not an input: a body that
 * tries to set it is refused, naming {@code conclusion}.
 *
 * <pre>
 * {"type": "GENOCIDE", "standard": "SOP-RGB", "question": "is_occurring", "forum_analog": "coi",
 *  "elements": [{"element": "GEN-A(a)", "status": "established", "standard": "SOP-RGB",
 *                "evidence": ["rw-044", {"signal": "rw-045", "bearing": "supports", "note": "ID checks"}],
 *                "inference_rules": [], "reasoning": "..."}],
 *  "alternatives": [{"text": "counter-insurgency", "rejected": true, "reason": "...", "evidence": ["rw-061"]}],
 *  "co_signers": ["..."], "dissents": [{"person": "...", "text": "..."}], "note": "...",
 *  "period": {"from": "1994-04-06", "to": "1994-05-31"}, "occurred_at": "1994-05-01T12:00:00Z",
 *  "supersedes": 12, "supersession_reason": "..."}
 * </pre>
 *
 * Elements left out are recorded as unaddressed. {@code author} is read by the web layer (the acting
 * person), not here.
 */
public final class DeterminationInput {

    static final int MAX_TEXT = 20_000;
    private static final Set<String> TOP = Set.of("type", "author", "question", "forum_analog", "standard", "elements",
            "alternatives", "co_signers", "dissents", "note", "period", "occurred_at", "supersedes", "supersession_reason");
    private static final Set<String> COMPUTED = Set.of("conclusion", "conclusion_label", "conclusion_basis");
    private static final Set<String> ELEMENT = Set.of("element", "status", "standard", "evidence", "inference_rules", "reasoning");

    private DeterminationInput() {}

    public static Parsed<DeterminationDraft> parse(JsonNode body, String situation, String author, Instant now,
                                                   DeterminationCatalogue catalogue) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) return Parsed.refused("$", "must be a JSON object");
        for (String name : body.propertyNames()) {
            if (COMPUTED.contains(name)) {
                errors.add(new FieldError(name, "cannot be set: the conclusion is computed from the element findings (every"
                        + " required element and one of each group of alternatives established; indeterminate while any is"
                        + " unaddressed); write qualifications in note"));
            } else if (!TOP.contains(name)) {
                errors.add(new FieldError(name, "is not a field of a determination"));
            }
        }
        String typeId = string(body, "type", errors);
        if (typeId == null) {
            if (errors.stream().noneMatch(e -> e.field().equals("type"))) {
                errors.add(new FieldError("type", "is required: one of " + String.join(", ", catalogue.types().stream().map(DeterminationType::id).toList())));
            }
            return Parsed.refused(errors);
        }
        Optional<DeterminationType> found = catalogue.type(typeId);
        if (found.isEmpty()) {
            errors.add(new FieldError("type", "names no determination type; one of " + String.join(", ",
                    catalogue.types().stream().map(DeterminationType::id).toList())));
            return Parsed.refused(errors);
        }
        DeterminationType type = found.get();

        Question question = type.defaultQuestion();
        String q = string(body, "question", errors);
        if (q != null) {
            Optional<Question> parsed = Question.parse(q).filter(type.statements()::containsKey);
            if (parsed.isPresent()) question = parsed.get();
            else errors.add(new FieldError("question", "must be one of " + type.statements().keySet().stream().map(Question::wire).toList()
                    + " for " + type.id()));
        }
        ForumAnalog forum = ForumAnalog.DEFAULT;
        String f = string(body, "forum_analog", errors);
        if (f != null) {
            Optional<ForumAnalog> parsed = ForumAnalog.parse(f);
            if (parsed.isPresent()) forum = parsed.get();
            else errors.add(new FieldError("forum_analog", "must be one of " + java.util.Arrays.stream(ForumAnalog.values()).map(ForumAnalog::wire).toList()));
        }
        StandardOfProof standard = type.defaultStandard();
        String s = string(body, "standard", errors);
        if (s != null) standard = standardFor(type, s, "standard", errors).orElse(standard);

        Map<String, ElementFinding> given = new LinkedHashMap<>();
        List<DeterminationDraft.SignalRef> refs = new ArrayList<>();
        JsonNode elements = body.path("elements");
        if (!elements.isMissingNode() && !elements.isArray()) errors.add(new FieldError("elements", "must be an array of element findings"));
        int i = 0;
        for (JsonNode e : elements.isArray() ? elements : List.<JsonNode>of()) {
            finding(e, "elements[" + i + "]", type, standard, situation, catalogue, given, refs, errors);
            i++;
        }
        List<ElementFinding> findings = new ArrayList<>();
        for (DeterminationType.TypeElement te : type.elements()) {
            ElementFinding g = given.get(te.element());
            findings.add(g != null ? g : ElementFinding.unaddressed(te.element(), te.requirement(), standard));
        }

        List<AlternativeExplanation> alternatives = new ArrayList<>();
        JsonNode alts = body.path("alternatives");
        if (!alts.isMissingNode() && !alts.isArray()) errors.add(new FieldError("alternatives", "must be an array"));
        i = 0;
        for (JsonNode a : alts.isArray() ? alts : List.<JsonNode>of()) {
            String field = "alternatives[" + i + "]";
            i++;
            if (!a.isObject()) {
                errors.add(new FieldError(field, "must be an object with text, rejected and reason"));
                continue;
            }
            List<FieldError> local = new ArrayList<>();
            String text = string(a, "text", local, field + ".text");
            if (text == null) local.add(new FieldError(field + ".text", "is required: the alternative explanation considered"));
            JsonNode r = a.path("rejected");
            if (!r.isMissingNode() && !r.isBoolean()) local.add(new FieldError(field + ".rejected", "must be true or false"));
            boolean rejected = r.isBoolean() && r.asBoolean();
            String reason = string(a, "reason", local, field + ".reason");
            if (rejected && reason == null) local.add(new FieldError(field + ".reason", "is required: why the alternative is rejected"));
            List<SignalKey> evidence = new ArrayList<>();
            int j = 0;
            for (JsonNode id : a.path("evidence")) {
                String ref = field + ".evidence[" + j++ + "]";
                if (!id.isString() || id.asString().isBlank()) local.add(new FieldError(ref, "must be a signal id"));
                else {
                    SignalKey key = new SignalKey(situation, id.asString());
                    evidence.add(key);
                    refs.add(new DeterminationDraft.SignalRef(ref, key));
                }
            }
            errors.addAll(local);
            if (local.isEmpty()) alternatives.add(new AlternativeExplanation(text, rejected, reason, evidence));
        }

        List<String> coSigners = new ArrayList<>();
        i = 0;
        for (JsonNode c : array(body, "co_signers", errors)) {
            String field = "co_signers[" + i++ + "]";
            if (!c.isString() || c.asString().isBlank() || c.asString().length() > 128) errors.add(new FieldError(field, "must be a person id"));
            else if (c.asString().equals(author)) errors.add(new FieldError(field, "is the author: the author signs as author"));
            else if (coSigners.contains(c.asString())) errors.add(new FieldError(field, "is named twice"));
            else coSigners.add(c.asString());
        }
        List<Dissent> dissents = new ArrayList<>();
        i = 0;
        for (JsonNode d : array(body, "dissents", errors)) {
            String field = "dissents[" + i++ + "]";
            String person = d.isObject() ? string(d, "person", errors, field + ".person") : null;
            String text = d.isObject() ? string(d, "text", errors, field + ".text") : null;
            if (person == null) errors.add(new FieldError(field + ".person", "is required: who dissents"));
            else if (person.equals(author)) errors.add(new FieldError(field + ".person", "is the author: an author does not dissent from their own determination"));
            if (text == null) errors.add(new FieldError(field + ".text", "is required: the dissent in its author's words"));
            if (person != null && text != null && !person.equals(author)) dissents.add(new Dissent(person, text));
        }
        String note = string(body, "note", errors);

        Period period = null;
        JsonNode p = body.path("period");
        if (!p.isMissingNode() && !p.isNull()) {
            if (!p.isObject()) errors.add(new FieldError("period", "must be an object with from and to dates"));
            else {
                LocalDate from = date(p, "from", "period.from", errors);
                LocalDate to = date(p, "to", "period.to", errors);
                if (from != null && to != null && to.isBefore(from)) errors.add(new FieldError("period.to", "is before period.from"));
                else period = new Period(from, to);
            }
        }
        Instant occurredAt = null;
        String occurred = string(body, "occurred_at", errors);
        if (occurred != null) {
            try {
                occurredAt = Instant.parse(occurred);
                if (occurredAt.isAfter(now)) {
                    errors.add(new FieldError("occurred_at", "is in the future: a determination is recorded once made"));
                }
            } catch (DateTimeParseException ex) {
                errors.add(new FieldError("occurred_at", "must be an instant such as 1994-05-01T12:00:00Z"));
            }
        }
        Long supersedes = null;
        JsonNode sup = body.path("supersedes");
        if (!sup.isMissingNode() && !sup.isNull()) {
            if (!sup.isIntegralNumber() || sup.asLong() <= 0) errors.add(new FieldError("supersedes", "must be the id of an earlier determination"));
            else supersedes = sup.asLong();
        }
        String supersessionReason = string(body, "supersession_reason", errors);
        if (supersedes != null && supersessionReason == null) {
            errors.add(new FieldError("supersession_reason", "is required: why this determination replaces determination " + supersedes));
        }
        if (supersedes == null && supersessionReason != null) {
            errors.add(new FieldError("supersedes", "is required with supersession_reason: the determination this one replaces"));
        }

        if (errors.isEmpty() && ExclusionTest.check(findings, alternatives, catalogue) instanceof ExclusionTest.Verdict.Rejected r) {
            errors.add(r.error());
        }
        if (!errors.isEmpty()) return Parsed.refused(errors);
        return Parsed.ok(new DeterminationDraft(type, question, forum, standard, findings, alternatives, coSigners, dissents, note,
                period, occurredAt, supersedes, supersessionReason, refs));
    }

    private static void finding(JsonNode e, String field, DeterminationType type, StandardOfProof defaultStandard, String situation,
                                DeterminationCatalogue catalogue, Map<String, ElementFinding> given,
                                List<DeterminationDraft.SignalRef> refs, List<FieldError> errors) {
        if (!e.isObject()) {
            errors.add(new FieldError(field, "must be an object with element, status and reasoning"));
            return;
        }
        List<FieldError> local = new ArrayList<>();
        for (String name : e.propertyNames()) {
            if (!ELEMENT.contains(name)) local.add(new FieldError(field + "." + name, "is not a field of an element finding"));
        }
        String id = string(e, "element", local, field + ".element");
        Optional<Requirement> requirement = Optional.empty();
        if (id == null) local.add(new FieldError(field + ".element", "is required: the element's id, e.g. GEN-I"));
        else {
            requirement = type.requirementOf(id);
            if (requirement.isEmpty()) {
                local.add(new FieldError(field + ".element", (type.group(id).isPresent() ? "is a group of alternatives; record its members"
                        : "is not an element of " + type.id()) + ": one of " + type.elementIds()));
            } else if (given.containsKey(id)) {
                local.add(new FieldError(field + ".element", "is recorded twice"));
            }
        }
        String st = string(e, "status", local, field + ".status");
        ElementStatus status = null;
        if (st == null) local.add(new FieldError(field + ".status", "is required: established, not_established, insufficient_information or unaddressed"));
        else {
            status = ElementStatus.parse(st).orElse(null);
            if (status == null) local.add(new FieldError(field + ".status", "must be established, not_established, insufficient_information or unaddressed"));
        }
        StandardOfProof standard = defaultStandard;
        String sop = string(e, "standard", local, field + ".standard");
        if (sop != null) standard = standardFor(type, sop, field + ".standard", local).orElse(defaultStandard);
        List<EvidenceLink> evidence = new ArrayList<>();
        int j = 0;
        JsonNode ev = e.path("evidence");
        if (!ev.isMissingNode() && !ev.isArray()) local.add(new FieldError(field + ".evidence", "must be an array of signal ids or links"));
        for (JsonNode link : ev.isArray() ? ev : List.<JsonNode>of()) {
            String ref = field + ".evidence[" + j++ + "]";
            String signal;
            EvidenceLink.Bearing bearing = EvidenceLink.Bearing.SUPPORTS;
            String note = null;
            if (link.isString()) signal = link.asString();
            else if (link.isObject()) {
                signal = string(link, "signal", local, ref + ".signal");
                String b = string(link, "bearing", local, ref + ".bearing");
                if (b != null) {
                    Optional<EvidenceLink.Bearing> parsed = EvidenceLink.Bearing.parse(b);
                    if (parsed.isPresent()) bearing = parsed.get();
                    else local.add(new FieldError(ref + ".bearing", "must be supports or undermines"));
                }
                note = string(link, "note", local, ref + ".note");
            } else signal = null;
            if (signal == null || signal.isBlank() || signal.length() > 256) {
                local.add(new FieldError(link.isObject() ? ref + ".signal" : ref, "must be the id of a signal of this situation"));
                continue;
            }
            SignalKey key = new SignalKey(situation, signal);
            evidence.add(new EvidenceLink(key, bearing, note));
            refs.add(new DeterminationDraft.SignalRef(link.isObject() ? ref + ".signal" : ref, key));
        }
        List<String> rules = new ArrayList<>();
        j = 0;
        for (JsonNode r : e.path("inference_rules")) {
            String ref = field + ".inference_rules[" + j++ + "]";
            Optional<InferenceRule> rule = r.isString() ? catalogue.rule(r.asString()) : Optional.empty();
            if (rule.isEmpty()) local.add(new FieldError(ref, "names no inference rule; see GET /api/determination-types"));
            else if (id != null && !rule.get().appliesTo(id)) {
                local.add(new FieldError(ref, rule.get().id() + " does not bear on " + id + "; it bears on " + rule.get().appliesTo()));
            } else if (!rules.contains(rule.get().id())) rules.add(rule.get().id());
        }
        String reasoning = string(e, "reasoning", local, field + ".reasoning");
        if (status != null && status.addressed() && reasoning == null) {
            local.add(new FieldError(field + ".reasoning", "is required: why the element is " + status.wire()));
        }
        errors.addAll(local);
        if (local.isEmpty() && requirement.isPresent()) {
            given.put(id, new ElementFinding(id, requirement.get(), status, standard, evidence, rules, reasoning));
        }
    }

    private static Optional<StandardOfProof> standardFor(DeterminationType type, String id, String field, List<FieldError> errors) {
        Optional<StandardOfProof> s = StandardOfProof.parse(id).filter(type.standards()::contains);
        if (s.isEmpty()) {
            errors.add(new FieldError(field, "must be one of " + type.standards().stream().map(StandardOfProof::id).toList() + " for " + type.id()
                    + (type.isSeriousRisk() ? " (a serious risk is found at its own threshold)" : "")));
        }
        return s;
    }

    private static Iterable<JsonNode> array(JsonNode body, String name, List<FieldError> errors) {
        JsonNode n = body.path(name);
        if (n.isMissingNode() || n.isNull()) return List.of();
        if (!n.isArray()) {
            errors.add(new FieldError(name, "must be an array"));
            return List.of();
        }
        return n;
    }

    private static String string(JsonNode node, String name, List<FieldError> errors) {
        return string(node, name, errors, name);
    }

    private static String string(JsonNode node, String name, List<FieldError> errors, String field) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        String s = v.asString().strip();
        if (s.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "is longer than " + MAX_TEXT + " characters"));
            return null;
        }
        if (s.indexOf('\u0000') >= 0) {
            errors.add(new FieldError(field, "contains a NUL character"));
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(JsonNode node, String name, String field, List<FieldError> errors) {
        String s = string(node, name, errors, field);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date written YYYY-MM-DD"));
            return null;
        }
    }

    /** Which of a draft's cited signals are unknown, as field errors. */
    public static List<FieldError> unknownSignals(DeterminationDraft draft, java.util.function.Predicate<SignalKey> exists) {
        List<FieldError> errors = new ArrayList<>();
        Set<SignalKey> checked = new HashSet<>();
        for (DeterminationDraft.SignalRef ref : draft.signals()) {
            boolean known = checked.contains(ref.key()) || exists.test(ref.key());
            if (known) checked.add(ref.key());
            else errors.add(new FieldError(ref.field(), "names no signal of situation " + ref.key().situation() + ": " + ref.key().id()));
        }
        return errors;
    }
}
