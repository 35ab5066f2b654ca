package org.tocsin.protection;

/**
 * A change that would reduce protection, as it is put to the deciders (or ordered): a contingent
 * withdraws, a site is left, the force is cut to a number.
 */
public sealed interface ProposedChange {

    /** The wire name: {@code withdrawal}, {@code site_left}, {@code force_cut}. */
    String kind();

    /** In words: "withdraw BEL_KIBAT", "leave site ETO", "cut the force to 270". */
    String text();

    /** A contingent leaves the mission. */
    record Withdrawal(String contingent) implements ProposedChange {
        @Override
        public String kind() { return "withdrawal"; }

        @Override
        public String text() { return "withdraw " + contingent; }
    }

    /** A protected site is left by its guard (regrouped elsewhere, handed over to nobody). */
    record SiteLeft(String site) implements ProposedChange {
        @Override
        public String kind() { return "site_left"; }

        @Override
        public String text() { return "leave site " + site; }
    }

    /** The force is cut to {@code targetStrength} all ranks. */
    record ForceCut(long targetStrength) implements ProposedChange {
        public ForceCut {
            if (targetStrength < 0) throw new IllegalArgumentException("a target strength cannot be negative");
        }

        @Override
        public String kind() { return "force_cut"; }

        @Override
        public String text() { return "cut the force to " + Estimate.number(targetStrength); }
    }
}
