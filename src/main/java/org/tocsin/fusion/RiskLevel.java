package org.tocsin.fusion;

/**
 * A situation's risk level (MISSION.md, "Words"). The first four are bands of the fused score;
 * {@link #EMERGENCY} is different in kind: it means mass killing is under way in the situation's area,
 * and is decided from killing evidence, never from the score alone.
 */
public enum RiskLevel {
    NORMAL, ELEVATED, HIGH, CRITICAL, EMERGENCY;

    public boolean isAtLeast(RiskLevel other) { return compareTo(other) >= 0; }
}
