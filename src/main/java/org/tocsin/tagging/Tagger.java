package org.tocsin.tagging;

import org.tocsin.common.TocsinException;
import org.tocsin.taxonomy.RiskFactor;
import org.tocsin.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Suggests Framework of Analysis indicator codes for a text from transparent rules ({@link RuleBook}).
 *
 * <p>How a text is read:
 * <ol>
 *   <li>It is cut into folded tokens ({@link Tokens}): case and accents do not matter, offsets are kept.</li>
 *   <li>English or French is told apart by counting stop words; when neither clearly dominates (short or mixed
 *       texts) both rule sets run. The Kinyarwanda lexicon always runs: its terms appear inside reports in
 *       either language.</li>
 *   <li>Each rule's pattern is tried where its first word occurs. A match never crosses a sentence.</li>
 *   <li>A match is <em>negated</em> when a negation cue of the text's language stands at most its window of
 *       words before it, or in a gap inside it, in the same phrase ("no weapons were found", "aucune arme n'a
 *       été trouvée", "denied that arms were distributed"), or when an after-cue follows it ("… were
 *       unfounded"). Commas, brackets, dashes and words such as "but"/"mais" end a negation's reach. Words the
 *       pattern itself names are never cues against it, so a rule may be about a denial or a refusal.
 *       Negated matches are dropped: a denial is not evidence of the thing denied.</li>
 *   <li>Matches are merged per code. The suggestion shows the strongest match as its evidence; its confidence
 *       combines the best confidence of each distinct rule that matched as 1 − Π(1 − c), so independent
 *       wordings of the same indicator reinforce each other while one rule matching twice does not.</li>
 * </ol>
 * Suggestions come in a deterministic order: highest confidence first, then by code.
 *
 * <p>A built tagger is immutable and safe to share between threads.
 */
public final class Tagger {

    private static final Comparator<Match> STRONGEST = Comparator.comparingDouble(Match::confidence).reversed()
            .thenComparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed())
            .thenComparing(Match::ruleId);
    private static final Language[] LANGUAGES = Language.values();

    private final Taxonomy taxonomy;
    private final RuleBook book;
    private final Vocabulary vocabulary = new Vocabulary();
    private final Compiled[] rules;
    private final Map<String, Rule> rulesById = new LinkedHashMap<>();
    /** [language][word id] → rules whose pattern can start with that word. */
    private final Trigger[][][] triggers;
    /** [language][word id] → negation window (0: not a cue). */
    private final int[][] negationBefore;
    private final int[][] negationAfter;
    private final boolean[][] scopeBreak;
    private final boolean[][] stopword;
    private final Set<String> abbreviations = new HashSet<>();
    private final int maxBefore;
    private final int maxAfter;

    private record Step(int maxGap, int[][] alternatives) {}

    private record Compiled(int index, Rule rule, Step[][] branches) {}

    private record Trigger(int rule, int branch) {}

    public Tagger(Taxonomy taxonomy, RuleBook book) {
        this.taxonomy = taxonomy;
        this.book = book;
        this.rules = new Compiled[book.rules().size()];
        for (int r = 0; r < rules.length; r++) {
            Rule rule = book.rules().get(r);
            if (rulesById.put(rule.id(), rule) != null) throw invalid(rule, "the rule id is used twice");
            rule.codes().forEach(code -> checkCode(rule, code));
            rules[r] = new Compiled(r, rule, compile(rule));
        }
        List<int[]> cueIds = new ArrayList<>();
        for (Cue cue : book.cues()) cueIds.add(compileCue(cue));

        int words = vocabulary.size();
        int languages = LANGUAGES.length;
        negationBefore = new int[languages][words];
        negationAfter = new int[languages][words];
        scopeBreak = new boolean[languages][words];
        stopword = new boolean[languages][words];
        int before = 0;
        int after = 0;
        for (int c = 0; c < book.cues().size(); c++) {
            Cue cue = book.cues().get(c);
            int l = cue.language().ordinal();
            for (int id : cueIds.get(c)) {
                switch (cue.kind()) {
                    case NEGATION -> negationBefore[l][id] = Math.max(negationBefore[l][id], cue.window());
                    case NEGATION_AFTER -> negationAfter[l][id] = Math.max(negationAfter[l][id], cue.window());
                    case SCOPE_BREAK -> scopeBreak[l][id] = true;
                    case STOPWORD -> stopword[l][id] = true;
                    case ABBREVIATION -> { }
                }
            }
            if (cue.kind() == Cue.Kind.NEGATION) before = Math.max(before, cue.window());
            if (cue.kind() == Cue.Kind.NEGATION_AFTER) after = Math.max(after, cue.window());
        }
        maxBefore = before;
        maxAfter = after;

        List<List<List<Trigger>>> byWord = new ArrayList<>();
        for (int l = 0; l < languages; l++) {
            List<List<Trigger>> perWord = new ArrayList<>(words);
            for (int w = 0; w < words; w++) perWord.add(null);
            byWord.add(perWord);
        }
        for (Compiled c : rules) {
            for (int b = 0; b < c.branches().length; b++) {
                Set<Integer> firstWords = new HashSet<>();
                for (int[] alternative : c.branches()[b][0].alternatives()) firstWords.add(alternative[0]);
                for (int w : firstWords) {
                    List<List<Trigger>> perWord = byWord.get(c.rule().language().ordinal());
                    if (perWord.get(w) == null) perWord.set(w, new ArrayList<>());
                    perWord.get(w).add(new Trigger(c.index(), b));
                }
            }
        }
        triggers = new Trigger[languages][words][];
        for (int l = 0; l < languages; l++) {
            for (int w = 0; w < words; w++) {
                List<Trigger> list = byWord.get(l).get(w);
                triggers[l][w] = list == null ? null : list.toArray(Trigger[]::new);
            }
        }
    }

    /** The tagger with the rule files shipped with Tocsin. */
    public static Tagger standard(Taxonomy taxonomy) {
        return new Tagger(taxonomy, RuleBook.standard());
    }

    /** Rules given in code (tests), with the standard word classes and cues. */
    public Tagger(Taxonomy taxonomy, List<Rule> rules) {
        this(taxonomy, RuleBook.standard().withRules(rules));
    }

    public RuleBook ruleBook() { return book; }

    public Optional<Rule> rule(String id) { return Optional.ofNullable(rulesById.get(id)); }

    /** Suggested codes for a text, strongest first; empty for a blank text. */
    public List<Suggestion> suggest(String text) {
        return merge(matches(text));
    }

    /** Every rule match in a text, negated ones included (marked), in text order. */
    public List<Match> matches(String text) {
        if (text == null || text.isBlank()) return List.of();
        Tokens t = Tokens.of(text, abbreviations);
        int n = t.size;
        int[][] ids = new int[n][];
        for (int i = 0; i < n; i++) ids[i] = vocabulary.lookup(t.folded[i], t.number[i]);
        EnumSet<Language> languages = detect(ids);

        int[] before = new int[n];
        int[] after = new int[n];
        int[] scope = new int[n];
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && t.phrase[i] != t.phrase[i - 1]) s++;
            boolean breaks = false;
            for (int id : ids[i]) {
                for (Language l : languages) {
                    before[i] = Math.max(before[i], negationBefore[l.ordinal()][id]);
                    after[i] = Math.max(after[i], negationAfter[l.ordinal()][id]);
                    breaks |= scopeBreak[l.ordinal()][id];
                }
            }
            if (breaks) s++;
            scope[i] = s;
        }

        languages.add(Language.RW);
        List<Match> found = new ArrayList<>();
        int[] lastStart = new int[rules.length];
        Arrays.fill(lastStart, -1);
        int[] starts = new int[16];
        int[] ends = new int[16];
        for (int i = 0; i < n; i++) {
            for (int id : ids[i]) {
                for (Language l : languages) {
                    Trigger[] candidates = triggers[l.ordinal()][id];
                    if (candidates == null) continue;
                    for (Trigger trigger : candidates) {
                        if (lastStart[trigger.rule()] == i) continue;
                        Step[] steps = rules[trigger.rule()].branches()[trigger.branch()];
                        if (steps.length > starts.length) {
                            starts = new int[steps.length];
                            ends = new int[steps.length];
                        }
                        if (!match(steps, 0, i, t, ids, starts, ends)) continue;
                        lastStart[trigger.rule()] = i;
                        int last = ends[steps.length - 1];
                        int cue = negation(i, last, steps.length, starts, ends, before, after, scope, n);
                        Rule rule = rules[trigger.rule()].rule();
                        int from = t.start[i];
                        int to = t.end[last - 1];
                        found.add(new Match(rule.id(), rule.codes(), rule.confidence(), from, to,
                                text.substring(from, to), cue >= 0,
                                cue >= 0 ? text.substring(t.start[cue], t.end[cue]) : null));
                    }
                }
            }
        }
        return found;
    }

    // ---- matching ---------------------------------------------------------------------------------------

    /** Tries step {@code si} at {@code from} .. {@code from + gap}; shortest gaps first, so evidence stays tight. */
    private static boolean match(Step[] steps, int si, int from, Tokens t, int[][] ids, int[] starts, int[] ends) {
        Step step = steps[si];
        int limit = Math.min(t.size - 1, from + step.maxGap());
        for (int q = from; q <= limit; q++) {
            if (si > 0 && t.sentence[q] != t.sentence[starts[0]]) return false;
            int e = element(step.alternatives(), q, t, ids);
            if (e < 0) continue;
            starts[si] = q;
            ends[si] = e;
            if (si + 1 == steps.length || match(steps, si + 1, e, t, ids, starts, ends)) return true;
        }
        return false;
    }

    /** The end (exclusive) of the first alternative that matches at {@code at}, or −1. Longer alternatives are tried first. */
    private static int element(int[][] alternatives, int at, Tokens t, int[][] ids) {
        outer:
        for (int[] words : alternatives) {
            int end = at + words.length;
            if (end > t.size) continue;
            for (int k = 0; k < words.length; k++) {
                int tok = at + k;
                if (t.sentence[tok] != t.sentence[at] || !Vocabulary.contains(ids[tok], words[k])) continue outer;
            }
            return end;
        }
        return -1;
    }

    /** The token index of the cue that negates the match, or −1. Tokens the pattern matched are never cues. */
    private int negation(int first, int last, int steps, int[] starts, int[] ends, int[] before, int[] after,
                         int[] scope, int n) {
        for (int c = first - 1; c >= 0 && c >= first - maxBefore; c--) {
            if (scope[c] != scope[first]) break;
            if (before[c] >= first - c) return c;
        }
        for (int k = 1; k < steps; k++) {
            for (int c = ends[k - 1]; c < starts[k]; c++) {
                if (before[c] >= starts[k] - c && scope[c] == scope[starts[k]]) return c;
            }
        }
        for (int c = last; c < n && c < last + maxAfter; c++) {
            if (scope[c] != scope[last - 1]) break;
            if (after[c] >= c - last + 1) return c;
        }
        return -1;
    }

    /** English, French, or both when the stop words do not clearly say (short, mixed or foreign texts). */
    private EnumSet<Language> detect(int[][] ids) {
        int en = 0;
        int fr = 0;
        for (int[] token : ids) {
            boolean isEn = false;
            boolean isFr = false;
            for (int id : token) {
                isEn |= stopword[Language.EN.ordinal()][id];
                isFr |= stopword[Language.FR.ordinal()][id];
            }
            if (isEn) en++;
            if (isFr) fr++;
        }
        if (en > 0 && en >= 2 * fr) return EnumSet.of(Language.EN);
        if (fr > 0 && fr >= 2 * en) return EnumSet.of(Language.FR);
        return EnumSet.of(Language.EN, Language.FR);
    }

    // ---- merging ----------------------------------------------------------------------------------------

    private static List<Suggestion> merge(List<Match> matches) {
        Map<String, List<Match>> byCode = new TreeMap<>();
        for (Match m : matches) {
            if (m.negated()) continue;
            for (String code : m.codes()) byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(m);
        }
        List<Suggestion> out = new ArrayList<>(byCode.size());
        byCode.forEach((code, list) -> {
            list.sort(STRONGEST);
            Match best = list.getFirst();
            Map<String, Double> perRule = new HashMap<>();
            for (Match m : list) perRule.merge(m.ruleId(), m.confidence(), Math::max);
            double none = 1;
            for (double c : perRule.values()) none *= 1 - c;
            List<Suggestion.Evidence> further = list.stream().skip(1)
                    .filter(m -> !(m.start() == best.start() && m.end() == best.end()))
                    .sorted(Comparator.comparingInt(Match::start).thenComparingInt(Match::end).thenComparing(Match::ruleId))
                    .map(m -> new Suggestion.Evidence(m.start(), m.end(), m.text(), m.ruleId(), m.confidence()))
                    .distinct()
                    .toList();
            out.add(new Suggestion(code, round(Math.min(0.99, 1 - none)), best.start(), best.end(), best.text(),
                    best.ruleId(), further));
        });
        out.sort(Comparator.comparingDouble(Suggestion::confidence).reversed().thenComparing(Suggestion::code));
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    // ---- building ---------------------------------------------------------------------------------------

    private Step[][] compile(Rule rule) {
        List<List<PatternSyntax.Step>> parsed;
        try {
            parsed = PatternSyntax.parse(rule.pattern(), book.classes());
        } catch (IllegalArgumentException e) {
            throw invalid(rule, e.getMessage());
        }
        Step[][] branches = new Step[parsed.size()][];
        for (int b = 0; b < parsed.size(); b++) {
            List<PatternSyntax.Step> steps = parsed.get(b);
            branches[b] = new Step[steps.size()];
            for (int s = 0; s < steps.size(); s++) {
                List<Term> terms = new ArrayList<>(steps.get(s).alternatives());
                terms.sort(Comparator.comparingInt(Term::length).reversed()); // longest alternative wins
                int[][] alternatives = new int[terms.size()][];
                for (int a = 0; a < terms.size(); a++) {
                    alternatives[a] = terms.get(a).words().stream().mapToInt(vocabulary::id).toArray();
                }
                branches[b][s] = new Step(steps.get(s).maxGap(), alternatives);
            }
        }
        return branches;
    }

    private int[] compileCue(Cue cue) {
        List<Term> terms;
        try {
            terms = PatternSyntax.parseAlternatives(cue.terms(), book.classes());
        } catch (IllegalArgumentException e) {
            throw new TocsinException("cue '" + cue.terms() + "': " + e.getMessage());
        }
        if (cue.kind() == Cue.Kind.ABBREVIATION) {
            terms.forEach(term -> abbreviations.add(term.words().getFirst().text()));
            return new int[0];
        }
        for (Term term : terms) {
            if (term.length() != 1) throw new TocsinException("cue '" + cue.terms() + "': cues are single words");
        }
        return terms.stream().mapToInt(term -> vocabulary.id(term.words().getFirst())).toArray();
    }

    private void checkCode(Rule rule, String code) {
        if (!Taxonomy.wellFormed(code) || !taxonomy.knows(code)) {
            throw invalid(rule, "unknown indicator code " + code + " (taxonomy " + taxonomy.version() + ")");
        }
        if (code.length() == 4) {
            RiskFactor factor = taxonomy.factor(code).orElseThrow();
            if (!factor.indicators().isEmpty()) {
                throw invalid(rule, code + " has indicators: name one of them (factor-level codes are for factors without indicators, such as RF14)");
            }
        }
    }

    private static TocsinException invalid(Rule rule, String message) {
        return new TocsinException((rule.origin().isEmpty() ? "" : rule.origin() + ": ") + "rule " + rule.id() + ": " + message);
    }
}
