package org.tocsin.web.console;

import org.springframework.context.MessageSource;
import org.tocsin.escalation.Alert;
import org.tocsin.escalation.AlertDecision;
import org.tocsin.escalation.AlertService;
import org.tocsin.escalation.AlertState;
import org.tocsin.escalation.Deadline;
import org.tocsin.escalation.EscalationEvent;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Where an alert stands against its two deadlines at its current level: acknowledgement and decision.
 * Each is one of: still to come or passed ({@link Countdown}), already met (acknowledged by whom, when;
 * decided by whom, when), or none (a level with no deadline of that kind).
 *
 * <p>A deadline that has passed at the top level has been fired by the worker and is no longer
 * pending; the history keeps when it was due ({@code alert.overdue}, {@code due_at}), so the page still
 * says by how much it is overdue. A passed deadline the worker has not reached yet is still pending.
 */
record AlertDeadlines(Step acknowledge, Step decide) {

    /**
     * One deadline. {@code countdown} is set while it waits; {@code by} and {@code at} once it is met.
     * {@code met} is a message key ({@code alerts.acknowledged}, {@code alerts.decided}) or null.
     */
    record Step(Countdown countdown, String met, String by, Instant at) {
        static final Step NONE = new Step(null, null, null, null);

        public boolean waiting() { return countdown != null; }

        public boolean done() { return met != null; }
    }

    static AlertDeadlines of(AlertService.AlertView v, Instant now, MessageSource messages, Locale locale) {
        Alert a = v.alert();
        Step ack;
        if (a.state() instanceof AlertState.Acknowledged(String by, Instant at)) ack = new Step(null, "alerts.acknowledged", by, at);
        else if (!a.open()) ack = acknowledgedBefore(v);
        else ack = waiting(v, Deadline.Kind.ACKNOWLEDGE, "not acknowledged", now, messages, locale);
        Step decide;
        if (!a.open() && !a.decisions().isEmpty()) {
            AlertDecision d = a.decisions().getLast();
            decide = new Step(null, "alerts.decided", d.author(), d.decidedAt());
        } else if (!a.open()) decide = Step.NONE;
        else decide = waiting(v, Deadline.Kind.DECIDE, "not decided", now, messages, locale);
        return new AlertDeadlines(ack, decide);
    }

    /** The earliest deadline of the kind due at this level; else when the history says it fell due here. */
    static Instant due(AlertService.AlertView v, Deadline.Kind kind, String overdueReason) {
        Alert a = v.alert();
        Instant pending = v.deadlines().stream().filter(d -> d.kind() == kind).map(Deadline::dueAt).min(Instant::compareTo).orElse(null);
        if (pending != null) return pending;
        List<EscalationEvent> history = v.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            EscalationEvent e = history.get(i);
            if (e.occurredAt().isBefore(a.levelSince())) break;
            if (!EscalationEvent.ALERT_OVERDUE.equals(e.type())) continue;
            // the event's "deadline" detail holds the deadline's id; its reason says which kind it was
            if (!(e.details().get("reason") instanceof String reason) || !reason.startsWith(overdueReason)) continue;
            if (e.details().get("due_at") instanceof String at) {
                try {
                    return Instant.parse(at);
                } catch (DateTimeParseException ignored) {
                    // not a time: say nothing rather than something wrong
                }
            }
        }
        return null;
    }

    /** A closed alert keeps no acknowledgement in its state: the history says whether one came before the decision. */
    private static Step acknowledgedBefore(AlertService.AlertView v) {
        List<EscalationEvent> history = v.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            EscalationEvent e = history.get(i);
            if (e.occurredAt().isBefore(v.alert().levelSince())) break;
            if (EscalationEvent.ALERT_ACKNOWLEDGED.equals(e.type())) return new Step(null, "alerts.acknowledged", e.actor(), e.occurredAt());
        }
        return new Step(null, "alerts.decidedDirectly", null, null);
    }

    private static Step waiting(AlertService.AlertView v, Deadline.Kind kind, String overdueReason, Instant now,
                                MessageSource messages, Locale locale) {
        Instant due = due(v, kind, overdueReason);
        return due == null ? Step.NONE : new Step(Countdown.of(due, now, messages, locale), null, null, null);
    }

    /** The next moment something is owed, for sorting: the earliest waiting deadline, or null. */
    public Instant next() {
        Instant out = null;
        for (Step s : List.of(acknowledge, decide)) {
            if (s.waiting() && (out == null || s.countdown().due().isBefore(out))) out = s.countdown().due();
        }
        return out;
    }

    public boolean overdue() {
        return (acknowledge.waiting() && acknowledge.countdown().overdue()) || (decide.waiting() && decide.countdown().overdue());
    }
}
