package org.tocsin.fusion;

import org.tocsin.intake.SignalKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A replay of evidence in the order it became known ({@link Evidence#knownOn()}, then input order),
 * assessing the situation on every day evidence arrived (and, if asked, every day in between, so that
 * levels can fall as evidence ages) and recording each change of level with the signals that caused it.
 *
 * @param points  every day assessed, in order
 * @param changes every change of level, in order
 */
public record RiskTimeline(String situation, List<Point> points, List<LevelChange> changes) {

    private static final int CAUSES_SHOWN = 3;
    private static final int DRIVERS_SHOWN = 5;

    public RiskTimeline {
        points = List.copyOf(points);
        changes = List.copyOf(changes);
    }

    /** The level and score on one day. */
    public record Point(LocalDate on, RiskLevel level, double score) {}

    /**
     * A signal added on the day of a change, and how it moved things.
     *
     * @param scoreDelta the score after adding it minus the score just before
     * @param levelAfter the level just after adding it
     */
    public record Cause(SignalKey key, String sourceId, double scoreDelta, RiskLevel levelAfter) {}

    /**
     * A change of level.
     *
     * @param causes  the day's signals that moved it most (the one that crossed the threshold first);
     *                empty when the change came from evidence ageing
     * @param drivers the signals that drive the assessment on that day
     * @param reason  the rule that set the new level
     */
    public record LevelChange(LocalDate on, RiskLevel from, RiskLevel to, double score, List<Cause> causes,
                              List<Explanation.Driver> drivers, String reason) {
        public LevelChange {
            causes = List.copyOf(causes);
            drivers = List.copyOf(drivers);
        }
    }

    /** Assesses on each day evidence became known. */
    public static RiskTimeline replay(SituationRisk risk, List<Evidence> evidence) {
        return replay(risk, evidence, false, null);
    }

    /** Assesses on every day from the first evidence to {@code until} (or the last evidence, if later). */
    public static RiskTimeline replayDaily(SituationRisk risk, List<Evidence> evidence, LocalDate until) {
        return replay(risk, evidence, true, until);
    }

    private static RiskTimeline replay(SituationRisk risk, List<Evidence> evidence, boolean daily, LocalDate until) {
        // TreeMap of lists keeps input order within a day: a request comes before its same-day refusal.
        TreeMap<LocalDate, List<Evidence>> byDay = new TreeMap<>();
        for (Evidence e : evidence) byDay.computeIfAbsent(e.knownOn(), d -> new ArrayList<>()).add(e);
        List<Point> points = new ArrayList<>();
        List<LevelChange> changes = new ArrayList<>();
        if (byDay.isEmpty()) return new RiskTimeline(risk.situation(), points, changes);

        LocalDate first = byDay.firstKey();
        LocalDate last = byDay.lastKey();
        if (until != null && until.isAfter(last)) last = until;
        if (risk.latestKnownOn() != null && risk.latestKnownOn().isAfter(first)) {
            throw new IllegalArgumentException("the situation already holds evidence later than the replay's first day " + first);
        }
        RiskLevel level = risk.size() == 0 ? RiskLevel.NORMAL : risk.score(first).level();

        List<LocalDate> days = daily ? first.datesUntil(last.plusDays(1)).toList() : new ArrayList<>(byDay.keySet());
        if (!daily && until != null && until.isAfter(days.getLast())) days.add(until);
        for (LocalDate day : days) {
            RiskScore before = risk.score(day);
            List<Cause> causes = new ArrayList<>();
            for (Evidence e : byDay.getOrDefault(day, List.of())) {
                if (!risk.add(e)) continue;
                RiskScore after = risk.score(day);
                causes.add(new Cause(e.key(), e.sourceId(), after.score() - before.score(), after.level()));
                before = after;
            }
            RiskScore now = risk.score(day);
            points.add(new Point(day, now.level(), now.score()));
            if (now.level() != level) {
                RiskAssessment a = risk.assess(day);
                changes.add(new LevelChange(day, level, now.level(), now.score(), mainCauses(causes, level, now.level()),
                        a.explanation().drivers().subList(0, Math.min(DRIVERS_SHOWN, a.explanation().drivers().size())),
                        a.explanation().levelReason()));
                level = now.level();
            }
        }
        return new RiskTimeline(risk.situation(), points, changes);
    }

    /** The signal that first brought the new level, then the others that moved the score most. */
    private static List<Cause> mainCauses(List<Cause> causes, RiskLevel from, RiskLevel to) {
        List<Cause> out = new ArrayList<>();
        RiskLevel previous = from;
        for (Cause c : causes) {
            if (c.levelAfter() == to && previous != to) {
                out.add(c);
                break;
            }
            previous = c.levelAfter();
        }
        causes.stream()
                .filter(c -> !out.contains(c) && c.scoreDelta() != 0)
                .sorted(Comparator.comparingDouble((Cause c) -> Math.abs(c.scoreDelta())).reversed())
                .limit(CAUSES_SHOWN - out.size())
                .forEach(out::add);
        return out;
    }

    /** The level changes as plain text, one paragraph each. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(situation).append(": ").append(changes.size()).append(" level changes\n");
        for (LevelChange c : changes) {
            b.append(String.format(Locale.ROOT, "%s  %s -> %s  (score %.3f)%n", c.on(), c.from(), c.to(), c.score()));
            b.append("    why: ").append(c.reason()).append('\n');
            if (c.causes().isEmpty()) {
                b.append("    caused by: evidence ageing (no new signal that day)\n");
            } else {
                b.append("    caused by: ").append(c.causes().stream()
                        .map(x -> String.format(Locale.ROOT, "%s (%s, %+.3f)", x.key().id(), x.sourceId(), x.scoreDelta()))
                        .collect(Collectors.joining(", "))).append('\n');
            }
            b.append("    drivers: ").append(c.drivers().stream()
                    .map(d -> String.format(Locale.ROOT, "%s %.2f", d.key().id(), d.weight()))
                    .collect(Collectors.joining(", "))).append('\n');
        }
        return b.toString();
    }
}
