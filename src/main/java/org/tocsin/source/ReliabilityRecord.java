package org.tocsin.source;

import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;

import java.util.List;
import java.util.Map;

/**
 * How far a source has proved reliable, for analysts who may not know who it is: its current grade,
 * how its reports were graded (signals carrying its id, by credibility), how many were later
 * confirmed or refuted (the latest assessment of each report counts), and every grade change.
 */
public record ReliabilityRecord(Reliability grade, Map<Credibility, Long> reportsByCredibility, long confirmed, long refuted,
                                List<GradeChange> history) {
    public ReliabilityRecord {
        reportsByCredibility = Map.copyOf(reportsByCredibility);
        history = List.copyOf(history);
    }

    public long reports() { return reportsByCredibility.values().stream().mapToLong(Long::longValue).sum(); }
}
