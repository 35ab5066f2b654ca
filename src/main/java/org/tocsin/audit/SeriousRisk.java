package org.tocsin.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When an actor learned of the serious risk of genocide: the moment the duty to prevent turns on
 * ("at the instant that the State learns of, or should normally have learned of, the existence of a
 * serious risk that genocide will be committed", ICJ <i>Bosnia v Serbia</i> 2007 para 431). Derived,
 * like the rest of {@link Knowledge}, from the journal alone: each moment cites the entry that proves it.
 *
 * <p>Two things carry the serious risk, and the report keeps them apart:
 * <ul>
 *   <li>a <b>finding</b>: a recorded determination of type {@value #TYPE} whose conclusion is
 *       {@code established}. Its author, co-signers and dissenters learned it when it was made; anyone
 *       who opened it ({@code determination.viewed}), recorded a step on an obligation it opened (the duty
 *       to prevent), or received a briefing whose title names it ({@code determination:<id>}) learned it then;</li>
 *   <li>a <b>prompt</b>: a serious-risk determination falling due ({@code determination.due_opened} of
 *       that type) — the evidence met the rule that asks a person to decide. Whoever the alert that
 *       carries it reached (delivered, escalated, sent again) learned of it then, as did whoever
 *       acknowledged or decided on it; so did whoever received a briefing whose title names the due item
 *       ({@code determination_due:<id>}) or the alert ({@code alert:<id>}).</li>
 * </ul>
 * A prompt is not a finding (nobody has yet said that the risk exists), but it is what a person "should
 * normally have learned" from: both are reported, with the earlier as the moment of learning. Tocsin's
 * own steps ({@code system}, {@code system:…}) are nobody's learning.
 *
 * <p>The event types are the determination capability's ({@code org.tocsin.decision.DeterminationEvents}),
 * named here as strings because the journal does not depend on the capabilities that write to it.
 *
 * @param first   the earlier of {@code finding} and {@code prompt}
 * @param finding the first moment the actor met an established serious-risk determination, or null
 * @param prompt  the first moment a serious-risk determination falling due reached the actor, or null
 */
public record SeriousRisk(Learned first, Learned finding, Learned prompt) {

    /** The determination type whose established conclusion is the finding. */
    public static final String TYPE = "SERIOUS_RISK_OF_GENOCIDE";

    static final String DETERMINATION_RECORDED = "determination.recorded";
    static final String DETERMINATION_VIEWED = "determination.viewed";
    static final String DUE_OPENED = "determination.due_opened";
    static final String OBLIGATION_OPENED = "obligation.opened";

    /** What kind of thing carried the serious risk. */
    public enum Basis {
        /** An established serious-risk determination. */
        FINDING,
        /** A serious-risk determination falling due (the alert that carries it). */
        PROMPT;

        public String wire() { return name().toLowerCase(Locale.ROOT); }
    }

    /**
     * One moment of learning: what carried it ({@code subject}: {@code determination:<id>},
     * {@code alert:<id>}, {@code briefing:<id>}, {@code obligation:<id>} …) and the journal step.
     */
    public record Learned(Basis basis, String subject, Knowledge.Step step) {
        public Learned {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(step, "step");
        }
    }

    public SeriousRisk {
        Objects.requireNonNull(first, "first");
    }

    public java.time.Instant learnedAt() { return first.step().occurredAt(); }

    /** An actor's serious-risk moments as the journal is read; see {@link Tracker}. */
    static final class Moments {
        Learned finding;
        Learned prompt;

        void offer(Learned l) {
            if (l.basis() == Basis.FINDING) finding = earlier(finding, l);
            else prompt = earlier(prompt, l);
        }

        private static Learned earlier(Learned current, Learned candidate) {
            if (current == null) return candidate;
            int c = candidate.step().occurredAt().compareTo(current.step().occurredAt());
            return c < 0 || (c == 0 && candidate.step().seq() < current.step().seq()) ? candidate : current;
        }

        SeriousRisk result() {
            if (finding == null && prompt == null) return null;
            Learned first = finding == null ? prompt : prompt == null ? finding : Moments.earlier(prompt, finding);
            return new SeriousRisk(first, finding, prompt);
        }
    }

    /**
     * Reads entries in journal order and says which carry the serious risk. A subject is known to
     * carry it from the entry that makes it so (the determination recorded, the item falling due, the
     * alert raised for that item), so what happens to it afterwards — a delivery, an opening, an act —
     * counts.
     */
    static final class Tracker {
        private final Map<String, Basis> carriers = new LinkedHashMap<>();
        private final Set<String> dueItems = new HashSet<>();

        /** The subjects known to carry the serious risk, with what kind of thing each is. */
        Map<String, Basis> carriers() { return java.util.Collections.unmodifiableMap(carriers); }

        /** Notes what the entry makes carry the serious risk; call before {@link #basisOf}. */
        void see(JournalEntry e) {
            Map<String, Object> d = e.details();
            switch (e.type()) {
                case DETERMINATION_RECORDED -> {
                    if (TYPE.equals(d.get("type")) && "established".equals(d.get("conclusion"))) carriers.put(e.subject(), Basis.FINDING);
                }
                case DUE_OPENED -> {
                    if (TYPE.equals(d.get("type"))) {
                        carriers.put(e.subject(), Basis.PROMPT);
                        dueItems.add(e.subject());
                    }
                }
                case JournalTypes.ALERT_RAISED -> {
                    // escalation names the due item in the alert's explanation: "A determination is due [determination_due:7]: …"
                    if ("determination_due".equals(d.get("kind")) && d.get("explanation") instanceof String text) {
                        for (String due : dueItems) {
                            if (text.contains("[" + due + "]")) carriers.put(e.subject(), Basis.PROMPT);
                        }
                    }
                }
                case OBLIGATION_OPENED -> {
                    Object by = d.get("determination");
                    if (by != null && carriers.get("determination:" + plainId(by)) == Basis.FINDING) carriers.put(e.subject(), Basis.FINDING);
                }
                default -> { }
            }
        }

        /**
         * What the entry, credited to an actor, told them of the serious risk: the basis of its subject,
         * or of a carrier a briefing's title names; null when it carried none. The raising of an alert
         * and the opening of a due item are the system's own steps: nobody learns from them.
         */
        Learned learned(JournalEntry e, Knowledge.Step step) {
            if (e.type().equals(DUE_OPENED) || e.type().equals(JournalTypes.ALERT_RAISED)) return null;
            Basis basis = carriers.get(e.subject());
            if (basis != null) return new Learned(basis, e.subject(), step);
            if (e.subject() != null && e.subject().startsWith("briefing:") && e.details().get("title") instanceof String title) {
                return named(title, step);
            }
            return null;
        }

        /** A briefing's title that names a carrier ("… determination:12 …"): the strongest one it names. */
        private Learned named(String title, Knowledge.Step step) {
            Learned best = null;
            for (var c : carriers.entrySet()) {
                if (!names(title, c.getKey())) continue;
                if (best == null || (best.basis() == Basis.PROMPT && c.getValue() == Basis.FINDING)) {
                    best = new Learned(c.getValue(), c.getKey(), step);
                }
            }
            return best;
        }

        /** "determination:1" is named in "see determination:12" only as itself, not as a prefix of another id. */
        static boolean names(String text, String subject) {
            int from = 0;
            while (true) {
                int i = text.indexOf(subject, from);
                if (i < 0) return false;
                int end = i + subject.length();
                boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (before && after) return true;
                from = i + 1;
            }
        }

        /** A detail's number as written in a subject ({@code 12}), whether it was stored as a long or read back as a decimal. */
        static String plainId(Object v) {
            return v instanceof BigDecimal b ? b.toBigInteger().toString() : String.valueOf(v);
        }
    }

    /** Tocsin's own steps ({@code system}, {@code system:determinations}): nobody learns anything by them. */
    static boolean automatic(String actor) {
        return actor == null || actor.equals("system") || actor.startsWith("system:");
    }

    /** The persons a determination.recorded entry names beside its author: co-signers and dissenters. */
    static List<String> signatories(JournalEntry e) {
        if (!DETERMINATION_RECORDED.equals(e.type())) return List.of();
        List<String> out = new ArrayList<>();
        for (String key : List.of("co_signers", "dissents")) {
            if (e.details().get(key) instanceof List<?> list) {
                for (Object o : list) if (o instanceof String s && !s.equals(e.actor()) && !out.contains(s)) out.add(s);
            }
        }
        return out;
    }
}
