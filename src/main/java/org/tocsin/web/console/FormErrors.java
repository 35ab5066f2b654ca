package org.tocsin.web.console;

import org.tocsin.common.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser's field errors, placed next to the form's fields and said in the reader's language. The
 * parser names fields as the JSON does ({@code summary}, {@code lat}, {@code indicators[2]}); the form's
 * inputs carry the same names, so an error finds its field without a mapping table. Reasons the console
 * recognises get a translated message; any other is shown in the parser's English, marked as such.
 */
record FormErrors(Map<String, List<Message>> byField) {

    /** Errors not tied to a form field (the situation, the whole body). */
    static final String GENERAL = "_general";

    /** A message key with its arguments, and the parser's English for when there is no key. */
    record Message(String key, Object[] args, String english) {}

    private record Known(Pattern pattern, String key) {}

    /** Reasons written by {@code SignalParser}, most specific first; groups become message arguments. */
    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("is required.*|must not be blank"), "error.required"),
            new Known(Pattern.compile("must be a date written YYYY-MM-DD"), "error.date"),
            new Known(Pattern.compile("must be a year between (\\d+) and (\\d+)"), "error.year"),
            new Known(Pattern.compile("must be a number"), "error.number"),
            new Known(Pattern.compile("must be between (-?\\d+) and (-?\\d+)"), "error.range"),
            new Known(Pattern.compile("must be a whole number between (\\d+) and (\\d+)"), "error.wholeNumber"),
            new Known(Pattern.compile("is longer than (\\d+) characters"), "error.tooLong"),
            new Known(Pattern.compile("lat and lon must be given together"), "error.latLon"),
            new Known(Pattern.compile("must be an ISO 3166-1 alpha-2 code.*"), "error.country"),
            new Known(Pattern.compile("must be a Framework of Analysis code.*"), "error.indicatorCode"),
            new Known(Pattern.compile("is not in the Framework of Analysis taxonomy.*"), "error.indicatorUnknown"),
            new Known(Pattern.compile("contains a NUL character or invalid Unicode"), "error.characters"),
            new Known(Pattern.compile("must start with a letter or digit.*"), "error.id"),
            // escalation's refusals (briefings, labels)
            new Known(Pattern.compile("names no known group"), "error.unknownGroup"),
            new Known(Pattern.compile("has no members to brief"), "error.emptyGroup"),
            new Known(Pattern.compile("names no alert of this situation"), "error.unknownAlert"),
            new Known(Pattern.compile("names signals this situation does not have: \\[(.*)]"), "error.unknownSignals"),
            new Known(Pattern.compile("TLP:\\S+ is wider than the (?:evidence|alert it concerns) allows \\((TLP:\\S+)\\)"), "error.labelTooWide"),
            new Known(Pattern.compile("TLP:\\S+ is narrower than the current (TLP:\\S+): .*"), "error.labelNarrower"),
            new Known(Pattern.compile("must be true or false|must be a string.*|must be .*"), "error.choice"));

    static FormErrors none() { return new FormErrors(Map.of()); }

    static FormErrors of(List<FieldError> errors) {
        return of(errors, IntakeForm.FIELDS);
    }

    /** The errors of a form whose inputs are {@code fields} (named as the JSON the parser reads). */
    static FormErrors of(List<FieldError> errors, Set<String> fields) {
        Map<String, List<Message>> by = new LinkedHashMap<>();
        for (FieldError e : errors) by.computeIfAbsent(field(e.field(), fields), k -> new ArrayList<>()).add(message(e.reason()));
        return new FormErrors(by);
    }

    static FormErrors general(String key) {
        return new FormErrors(Map.of(GENERAL, List.of(new Message(key, new Object[0], key))));
    }

    /** {@code indicators[2]} → {@code indicators}; fields the form does not show → {@link #GENERAL}. */
    static String field(String parserField) {
        return field(parserField, IntakeForm.FIELDS);
    }

    static String field(String parserField, Set<String> fields) {
        String f = parserField.replaceFirst("\\[\\d+]$", "");
        return fields.contains(f) ? f : GENERAL;
    }

    static Message message(String reason) {
        for (Known k : KNOWN) {
            Matcher m = k.pattern().matcher(reason);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) args[i] = m.group(i + 1);
                return new Message(k.key(), args, reason);
            }
        }
        return new Message(null, new Object[0], reason);
    }

    public boolean isEmpty() { return byField.isEmpty(); }

    public boolean has(String field) { return byField.containsKey(field); }

    public List<Message> of(String field) { return byField.getOrDefault(field, List.of()); }

    /** The fields in error, in the order the parser reported them (for the summary at the top of the form). */
    public List<String> fields() { return List.copyOf(byField.keySet()); }
}
