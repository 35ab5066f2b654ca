package org.tocsin.source;

import org.tocsin.access.Json;
import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.SourceType;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sources API's input, parsed at the edge. Refusals name the field and never quote a value:
 * the values may be sealed. Unknown fields are refused (a mistyped {@code realname} must not be
 * silently dropped), and named only when the name itself is a plain field name.
 */
public final class SourceInput {

    private SourceInput() {}

    /** A new source. {@code handlers} empty means the registering person. */
    public record Registration(SourceId id, SourceType type, Reliability reliability, List<String> handlers, SealedFields sealed) {}

    public record Grade(Reliability reliability, String rationale) {}

    public record Assessment(String situation, String signal, ReportOutcome outcome, String rationale) {}

    public record NewProtection(String what, Instant deadline, String owner, String situation) {
        public NewProtection(String what, Instant deadline, String owner) { this(what, deadline, owner, null); }

        @Override
        public String toString() { return "NewProtection[deadline=" + deadline + ", owner=" + owner + ", situation=" + situation + ", what withheld]"; }
    }

    public record Progress(ProtectionStatus status, String rationale) {
        @Override
        public String toString() { return "Progress[" + status.wire() + ", rationale withheld]"; }
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern NAME_PARTS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static Parsed<Registration> registration(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "must be a JSON object");
        Json f = new Json(body);
        List<FieldError> errors = new ArrayList<>(unknown(body, "", Set.of("actor", "id", "type", "reliability", "handlers", "sealed")));
        String id = f.string("id", true, 128);
        SourceId sourceId = null;
        if (id != null) {
            sourceId = SourceId.parse(id).orElse(null);
            if (sourceId == null) f.error("id", "must start with a letter or digit and use only letters, digits and . _ : - (at most 128)");
        }
        SourceType type = enumField(f, "type", SourceType::parse, "must be one of " + wires(SourceType.values()));
        Reliability reliability = null;
        String grade = f.string("reliability", true, 1);
        if (grade != null) {
            reliability = Reliability.parse(grade).orElse(null);
            if (reliability == null) f.error("reliability", "must be a grade from A to F");
        }
        List<String> handlers = persons(f, "handlers");
        SealedFields sealed = null;
        JsonNode s = body.get("sealed");
        if (s == null || s.isNull()) {
            f.error("sealed", "is required: at least real_name");
        } else if (!s.isObject()) {
            f.error("sealed", "must be an object");
        } else {
            errors.addAll(unknown(s, "sealed.", wires(SealedField.values())));
            Json sf = new Json(s);
            Map<SealedField, String> values = new EnumMap<>(SealedField.class);
            for (SealedField field : SealedField.values()) {
                String v = sf.string(field.wire(), field == SealedField.REAL_NAME, field.maxLength());
                if (v != null) values.put(field, v);
            }
            sf.errors().forEach(e -> errors.add(new FieldError("sealed." + e.field(), e.reason())));
            if (sf.ok() && values.containsKey(SealedField.REAL_NAME)) sealed = new SealedFields(values);
        }
        if (sourceId != null && sealed != null && revealsName(sourceId, sealed)) {
            f.error("id", "must not contain any part of the sealed real name: the id is shown to everyone");
        }
        errors.addAll(f.errors());
        if (!errors.isEmpty()) return Parsed.refused(errors);
        return Parsed.ok(new Registration(sourceId, type, reliability, handlers, sealed));
    }

    /** The person named in {@code field} (a handler to assign). */
    public static Parsed<String> person(JsonNode body, String field) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "must be a JSON object");
        Json f = new Json(body);
        List<FieldError> errors = new ArrayList<>(unknown(body, "", Set.of("actor", field)));
        String person = f.id(field, true);
        errors.addAll(f.errors());
        return errors.isEmpty() ? Parsed.ok(person) : Parsed.refused(errors);
    }

    public static Parsed<Grade> grade(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "must be a JSON object");
        Json f = new Json(body);
        List<FieldError> errors = new ArrayList<>(unknown(body, "", Set.of("actor", "reliability", "rationale")));
        Reliability r = enumField(f, "reliability", Reliability::parse, "must be a grade from A to F");
        String rationale = f.string("rationale", true, 5_000);
        errors.addAll(f.errors());
        return errors.isEmpty() ? Parsed.ok(new Grade(r, rationale)) : Parsed.refused(errors);
    }

    public static Parsed<Assessment> assessment(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "must be a JSON object");
        Json f = new Json(body);
        List<FieldError> errors = new ArrayList<>(unknown(body, "", Set.of("actor", "situation", "signal", "outcome", "rationale")));
        String situation = f.string("situation", true, 64);
        String signal = f.string("signal", true, 256);
        ReportOutcome outcome = enumField(f, "outcome", ReportOutcome::parse, "must be confirmed or refuted");
        String rationale = f.string("rationale", true, 5_000);
        errors.addAll(f.errors());
        return errors.isEmpty() ? Parsed.ok(new Assessment(situation, signal, outcome, rationale)) : Parsed.refused(errors);
    }

    public static Parsed<NewProtection> protection(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "must be a JSON object");
        Json f = new Json(body);
        List<FieldError> errors = new ArrayList<>(unknown(body, "", Set.of("actor", "what", "deadline", "owner", "situation")));
        String what = f.string("what", true, 20_000);
        Instant deadline = f.instant("deadline", true);
        String owner = f.id("owner", true);
        String situation = f.string("situation", false, 64);
        if (situation != null && !org.tocsin.situation.SituationId.valid(situation)) {
            errors.add(new FieldError("situation", "must be a situation id (a slug such as rwanda-1993-1994)"));
        }
        errors.addAll(f.errors());
        return errors.isEmpty() ? Parsed.ok(new NewProtection(what, deadline, owner, situation)) : Parsed.refused(errors);
    }

    public static Parsed<Progress> progress(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "must be a JSON object");
        Json f = new Json(body);
        List<FieldError> errors = new ArrayList<>(unknown(body, "", Set.of("actor", "status", "rationale")));
        ProtectionStatus status = enumField(f, "status", ProtectionStatus::parse, "must be in_progress, done or failed");
        String rationale = f.string("rationale", false, 20_000);
        if (status != null && status.needsRationale() && rationale == null && !f.has("rationale")) {
            f.error("rationale", "is required to close a request as " + status.wire());
        }
        errors.addAll(f.errors());
        return errors.isEmpty() ? Parsed.ok(new Progress(status, rationale)) : Parsed.refused(errors);
    }

    /**
     * Whether the id contains a word of the real name (three letters or more, ignoring case): an id
     * such as {@code informant-jean-pierre} would undo the seal for everyone who sees a signal.
     */
    static boolean revealsName(SourceId id, SealedFields sealed) {
        String lowerId = id.value().toLowerCase(Locale.ROOT);
        for (String part : NAME_PARTS.split(sealed.get(SealedField.REAL_NAME).orElse("").toLowerCase(Locale.ROOT))) {
            if (part.length() >= 3 && lowerId.contains(part)) return true;
        }
        return false;
    }

    private static <E> E enumField(Json f, String field, java.util.function.Function<String, java.util.Optional<E>> parse, String reason) {
        String text = f.string(field, true, 40);
        if (text == null) return null;
        E value = parse.apply(text).orElse(null);
        if (value == null) f.error(field, reason);
        return value;
    }

    private static List<String> persons(Json f, String field) {
        List<String> raw = f.strings(field, false, 20);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            if (!org.tocsin.access.Person.validId(raw.get(i))) {
                f.error(field + "[" + i + "]", "must be a person id: letters, digits and . _ : @ - (at most 128)");
            } else {
                out.add(raw.get(i));
            }
        }
        return List.copyOf(out);
    }

    private static List<FieldError> unknown(JsonNode node, String prefix, Set<String> allowed) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : node.propertyNames()) {
            if (allowed.contains(name)) continue;
            // a key may itself be sealed data typed in the wrong place: name it only when it looks like a field name
            errors.add(PLAIN_NAME.matcher(name).matches()
                    ? new FieldError(prefix + name, "is not a known field")
                    : new FieldError(prefix.isEmpty() ? "$" : prefix.substring(0, prefix.length() - 1), "contains a field name that is not known"));
        }
        return errors;
    }

    private static Set<String> wires(SealedField[] fields) {
        Set<String> s = new LinkedHashSet<>();
        for (SealedField f : fields) s.add(f.wire());
        return s;
    }

    private static String wires(SourceType[] types) {
        return String.join(", ", java.util.Arrays.stream(types).map(SourceType::wire).toList());
    }
}
