package org.tocsin.protection;

import java.util.List;

/**
 * The numbers the impact model assumes because doctrine gives none. The UN's protection-of-civilians
 * policy (DPO 2023) sets no troops-to-civilians ratio; Tocsin states what it uses, why, and lets a
 * mission change it. See docs/force-model.md.
 *
 * @param minimumDetachment   a site counts as guarded while its guard is present with at least this many
 *                            troops: default 30, about one platoon, the smallest unit that can keep a
 *                            perimeter manned around the clock in shifts (an assumption, not doctrine)
 * @param troopsPerThousand   troops a site needs per 1,000 people sheltering there, on top of the minimum:
 *                            default 20, Quinlivan's (1995) ratio for population security — the one
 *                            quantitative ratio the force file cites ({@code QUINLIVAN})
 * @param guardSharePercentLow  the least share of a cut force free to guard sites (the rest commands,
 *                            supplies, escorts, holds the airport): default 50, from the post-912 force the
 *                            file describes (a ~150-man infantry company in ~270)
 * @param guardSharePercentHigh the most: default 100, every soldier on guard (a bound, not a plan)
 */
public record ProtectionAssumptions(int minimumDetachment, int troopsPerThousand, int guardSharePercentLow,
                                    int guardSharePercentHigh) {

    public ProtectionAssumptions {
        if (minimumDetachment < 1) throw new IllegalArgumentException("minimum detachment must be at least 1");
        if (troopsPerThousand < 0) throw new IllegalArgumentException("troops per thousand cannot be negative");
        if (guardSharePercentLow < 1 || guardSharePercentLow > guardSharePercentHigh || guardSharePercentHigh > 100) {
            throw new IllegalArgumentException("guard shares must satisfy 1 <= low <= high <= 100");
        }
    }

    public static ProtectionAssumptions defaults() {
        return new ProtectionAssumptions(30, 20, 50, 100);
    }

    /** Troops a site needs to count as held: the minimum detachment, or more for many people. */
    public long requirement(long people) {
        return Math.max(minimumDetachment, ceilDiv(people * troopsPerThousand, 1000));
    }

    /** The part of {@code strength} free to guard sites, at a share in percent. */
    public long guardStrength(long strength, int percent) {
        return strength * percent / 100;
    }

    public int guardSharePercentCentral() {
        return (guardSharePercentLow + guardSharePercentHigh) / 2;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** The assumptions in plain words, for every assessment. */
    public List<String> statements() {
        return List.of(
                "Doctrine gives no troops-to-civilians ratio for guarding a site; the numbers below are Tocsin's assumptions.",
                "A site is guarded on a day while a guard is on record for it and its contingent is present with at least "
                        + minimumDetachment + " troops (about a platoon, able to man a perimeter in shifts).",
                "A contingent or site left loses everything that depends on it, transitively, through the file's dependencies "
                        + "(competing priorities and materiel left behind do not carry a loss).",
                "Contributors whose commitment is conditional (e.g. on Council assurances) are flagged as likely to follow a "
                        + "withdrawal or a cut (contagion after other contributors leave).",
                "Under a cut, the remaining strength is allocated to sites by people sheltered, most first: a site needs "
                        + minimumDetachment + " troops, or " + troopsPerThousand + " per 1,000 sheltered when that is more "
                        + "(Quinlivan 1995, a population-security ratio used as a proxy).",
                "Between " + guardSharePercentLow + "% and " + guardSharePercentHigh + "% of a cut force is taken to be free to "
                        + "guard sites; coverage is a range: the optimistic bound pairs the higher share with the lower people "
                        + "figures, the pessimistic bound the lower share with the higher figures.",
                "Figures come only from the force file, dated on or before the day assessed; ranges are the spread across "
                        + "sources, and each conclusion carries the weakest confidence of the figures behind it.");
    }
}
