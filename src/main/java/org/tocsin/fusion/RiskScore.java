package org.tocsin.fusion;

import java.time.LocalDate;

/** A situation's level and score on a day, without the explanation (cheap: O(indicators)). */
public record RiskScore(LocalDate at, RiskLevel level, double score) {}
