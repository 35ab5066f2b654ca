package org.tocsin.web.console;

/**
 * What waits on a situation: open alerts and overdue decisions (ConsoleConfiguration provides it).
 * The overview puts situations with overdue decisions first, then open alerts, then by level.
 */
@FunctionalInterface
public interface SituationAttention {

    record Attention(int openAlerts, int overdueDecisions) {
        public static final Attention NONE = new Attention(0, 0);

        public boolean any() { return openAlerts > 0 || overdueDecisions > 0; }
    }

    Attention of(String situation);
}
