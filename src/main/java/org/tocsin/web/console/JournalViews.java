package org.tocsin.web.console;

import org.tocsin.access.Directory;
import org.tocsin.access.Group;
import org.tocsin.access.Person;
import org.tocsin.audit.JournalEntry;
import org.tocsin.audit.JournalTypes;
import org.tocsin.audit.Knowledge;
import org.tocsin.intake.SignalKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The journal as the console shows it: entries as rows (with the subject as a link where the console has
 * a page for it, and the details as short text), and the "who knew what, when" report with each actor's
 * name and the bodies they sit on. Only presentation: what an entry or the report says is the journal's.
 */
final class JournalViews {

    /** Characters of a hash shown; the whole hash is in the title and in an export. */
    static final int HASH_PREFIX = 12;
    /** Characters of one detail value shown. */
    static final int DETAIL_MAX = 160;

    private JournalViews() {}

    /**
     * What an entry is about. {@code kind} picks the words ({@code journal.subject.<kind>}), or is null for
     * a subject the console has no words for (shown as written); {@code href} is null without a page.
     */
    record Subject(String raw, String kind, String text, String href) {
        static Subject of(String subject) {
            int colon = subject.indexOf(':');
            if (colon < 0) return new Subject(subject, null, subject, null);
            String kind = subject.substring(0, colon);
            String rest = subject.substring(colon + 1);
            return switch (kind) {
                case "signal" -> {
                    int slash = rest.indexOf('/');
                    if (slash <= 0 || slash == rest.length() - 1) yield new Subject(subject, null, subject, null);
                    String id = rest.substring(slash + 1);
                    yield new Subject(subject, "signal", id, "/signals/" + new SignalKey(rest.substring(0, slash), id).uuid());
                }
                case "briefing" -> rest.matches("\\d{1,18}") ? new Subject(subject, "briefing", rest, "/briefings/" + rest)
                        : new Subject(subject, null, subject, null);
                case "situation" -> new Subject(subject, "situation", rest, "/situations/" + rest);
                case "alert", "request", "determination", "determination_due", "import", "source", "delivery" -> new Subject(subject, kind, rest, null);
                default -> new Subject(subject, null, subject, null);
            };
        }

        /** The message key of its words, e.g. {@code journal.subject.signal}. */
        public String key() { return "journal.subject." + kind; }
    }

    /** One detail of an entry, as short text. */
    record Detail(String key, String value) {}

    /** One entry of the timeline. {@code stage}: received, opened or acted (what it means for who knew). */
    record Row(JournalEntry entry, String stage, Subject subject, String actorName, List<Detail> details) {
        public String hashPrefix() { return entry.hash().substring(0, Math.min(HASH_PREFIX, entry.hash().length())); }
    }

    static Row row(JournalEntry e, Names names) {
        List<Detail> details = new ArrayList<>();
        e.details().forEach((k, v) -> details.add(new Detail(k, text(v))));
        return new Row(e, JournalTypes.stage(e.type()).name().toLowerCase(Locale.ROOT), Subject.of(e.subject()), names.of(e.actor()),
                details);
    }

    /** A detail's value as a person reads it: numbers plain, lists joined, long values cut. */
    static String text(Object v) {
        String s = switch (v) {
            case null -> "—";
            case BigDecimal d -> d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            case List<?> list -> list.stream().map(JournalViews::text).collect(Collectors.joining(", "));
            case Map<?, ?> map -> map.entrySet().stream().map(x -> x.getKey() + ": " + text(x.getValue()))
                    .collect(Collectors.joining("; ", "{", "}"));
            default -> String.valueOf(v);
        };
        return s.length() > DETAIL_MAX ? s.substring(0, DETAIL_MAX - 1) + "…" : s;
    }

    /** People's and groups' names from the directory, and the bodies each person sits on; ids the directory does not know stay ids. */
    static final class Names {
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, List<String>> bodies = new HashMap<>();

        Names(Directory directory) {
            for (Person p : directory.people()) names.put(p.id(), p.name());
            for (Group g : directory.groups()) {
                names.putIfAbsent(g.id(), g.name());
                for (String m : g.members()) bodies.computeIfAbsent(m, k -> new ArrayList<>()).add(g.name());
            }
        }

        /** The name, or null when the directory does not know the id ({@code system}, {@code demo}, {@code cli:…}). */
        public String of(String id) { return names.get(id); }

        public List<String> bodiesOf(String id) { return bodies.getOrDefault(id, List.of()); }
    }

    /** One subject in an actor's report: the first receipt, the first opening, every act. */
    record ItemView(Subject subject, Knowledge.Step received, Knowledge.Step opened, List<Knowledge.Step> acted) {}

    /** One actor (a person, a body, or the system) with what they had to do with each subject by then. */
    record ActorView(String id, String name, List<String> bodies, List<ItemView> items, long received, long opened, long acted,
                     Knowledge.ActorKnowledge knowledge) {}

    static List<ActorView> actors(Knowledge k, Names names) {
        List<ActorView> out = new ArrayList<>();
        for (Knowledge.ActorKnowledge a : k.actors()) {
            List<ItemView> items = a.items().stream().map(i -> new ItemView(Subject.of(i.subject()), i.received(), i.opened(), i.acted())).toList();
            out.add(new ActorView(a.actor(), names.of(a.actor()), names.bodiesOf(a.actor()), items,
                    items.stream().filter(i -> i.received() != null).count(),
                    items.stream().filter(i -> i.opened() != null).count(),
                    items.stream().filter(i -> !i.acted().isEmpty()).count(), a));
        }
        return out;
    }
}
