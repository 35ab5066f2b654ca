package org.tocsin.escalation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way an alert is put into words and data, for every notification and every API view.
 * Every assessment attached goes in, together and in the order attached — none is chosen for the
 * reader — with every decision and every appeal (the originator's position beside the decider's).
 */
public final class AlertMessage {

    private AlertMessage() {}

    public static Message of(Alert a, String levelName, String reason) {
        String title = a.explanation().lines().findFirst().orElse("");
        if (title.length() > 120) title = title.substring(0, 117) + "…";
        String subject = "[" + a.label().label() + "] " + a.severity().name() + " alert " + a.id() + " — " + a.situation() + ": " + title;
        StringBuilder b = new StringBuilder();
        b.append(a.label().label()).append(" (").append(a.label().meaning()).append(")");
        if (a.marking() != null) b.append("; sender's marking: \"").append(a.marking()).append('"');
        b.append("\n\n").append(a.severity().name()).append(" alert ").append(a.id()).append(" on ").append(a.situation())
                .append(", ").append(a.state().label()).append(", at level ").append(a.level()).append(" (").append(levelName).append(")")
                .append(". Sent because: ").append(reason).append(".\n\n").append(a.explanation()).append("\n");
        if (!a.evidence().isEmpty()) b.append("\nEvidence: ").append(String.join(", ", a.evidence())).append("\n");
        if (!a.implicated().isEmpty()) b.append("Implicates: ").append(String.join(", ", a.implicated())).append("\n");
        b.append("\nAssessments (").append(a.assessments().size()).append("): all that are attached, none chosen for you.\n");
        for (Assessment as : a.assessments()) {
            b.append("- ").append(as.author()).append(as.role() == null ? "" : " (" + as.role() + ")")
                    .append(as.view() == null ? "" : ", judges " + as.view().name()).append(": ").append(as.text()).append("\n");
        }
        for (AlertDecision d : a.decisions()) {
            b.append("\nDecision by ").append(d.author()).append(" at ").append(d.decidedAt()).append(": ").append(d.outcome().wire())
                    .append(d.ground() == null ? "" : " (ground: " + d.ground() + ")").append(". Rationale: ").append(d.rationale()).append("\n");
        }
        for (Appeal ap : a.appeals()) {
            b.append("\nAppeal by the originator ").append(ap.by()).append(" at ").append(ap.at()).append(".\n  Originator's position: ")
                    .append(ap.position()).append("\n  Decider's position (").append(ap.appealed().author()).append(", ")
                    .append(ap.appealed().outcome().wire()).append("): ").append(ap.appealed().rationale()).append("\n");
        }
        return new Message(subject, b.toString(), payload(a, levelName, reason));
    }

    public static Map<String, Object> payload(Alert a, String levelName, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alert", a.id());
        m.put("situation", a.situation());
        m.put("kind", a.kind().wire());
        m.put("severity", a.severity().wire());
        m.put("state", a.state().label());
        m.put("level", a.level());
        m.put("level_name", levelName);
        if (reason != null) m.put("reason", reason);
        m.put("label", a.label().wire());
        if (a.marking() != null) m.put("marking", a.marking());
        m.put("originator", a.originator());
        m.put("explanation", a.explanation());
        m.put("evidence", a.evidence());
        m.put("implicated", a.implicated());
        if (a.requestId() != null) m.put("request", a.requestId());
        m.put("raised_at", a.raisedAt().toString());
        m.put("level_since", a.levelSince().toString());
        m.put("assessments", assessments(a.assessments()));
        m.put("decisions", a.decisions().stream().map(AlertMessage::decision).toList());
        m.put("appeals", a.appeals().stream().map(ap -> {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("by", ap.by());
            am.put("at", ap.at().toString());
            am.put("originator_position", ap.position());
            am.put("decider_position", decision(ap.appealed()));
            return am;
        }).toList());
        return m;
    }

    /** Assessments are only ever rendered as the whole list. */
    public static List<Map<String, Object>> assessments(List<Assessment> all) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Assessment as : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", as.id());
            m.put("author", as.author());
            if (as.role() != null) m.put("role", as.role());
            m.put("text", as.text());
            if (as.view() != null) m.put("view", as.view().wire());
            m.put("attached_at", as.attachedAt().toString());
            out.add(m);
        }
        return out;
    }

    public static Map<String, Object> decision(AlertDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("outcome", d.outcome().wire());
        m.put("rationale", d.rationale());
        if (d.ground() != null) m.put("ground", d.ground());
        m.put("author", d.author());
        m.put("decided_at", d.decidedAt().toString());
        if (d.severity() != null) m.put("severity", d.severity().wire());
        if (d.label() != null) m.put("label", d.label().wire());
        return m;
    }
}
