package org.tocsin.escalation;

import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Signal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads requests and decisions out of signals (FORMAT.md: any record with {@code action} is a
 * request; {@code responds_to}/{@code outcome}/{@code ground} make a decision). Their times are the
 * records' own dates (the start of the day, UTC): when it was asked, when it was decided.
 */
public final class SignalRequests {

    private SignalRequests() {}

    public static Instant day(LocalDate d) { return d.atStartOfDay(ZoneOffset.UTC).toInstant(); }

    public static ActionRequest request(Signal s, EvidenceSet evidence, Instant recordedAt) {
        var r = s.request();
        Instant wanted = null;
        if (r.deadline() != null) {
            try {
                wanted = day(LocalDate.parse(r.deadline()).plusDays(1)); // by the end of that day
            } catch (DateTimeParseException e) {
                try { wanted = Instant.parse(r.deadline()); } catch (DateTimeParseException ignored) { /* free text: no deadline */ }
            }
        }
        String by = r.requestedBy() == null || r.requestedBy().isBlank() ? s.source() : r.requestedBy();
        return new ActionRequest(0, s.key().situation(), s.key().id(), r.action(), by, day(s.time().date()), wanted,
                evidence.ids(), evidence.implicatedList(), java.util.List.of(), recordedAt);
    }

    /** The decision a signal carries on the request it responds to, if it names an outcome. */
    public static Optional<RequestDecision> decision(Signal s) {
        var d = s.decision();
        if (d == null || d.respondsTo() == null) return Optional.empty();
        var outcome = RequestDecision.Outcome.parse(d.outcome());
        if (outcome.isEmpty()) return Optional.empty();
        String ground = d.ground();
        if (outcome.get() == RequestDecision.Outcome.REFUSED && (ground == null || ground.isBlank())) ground = "unstated";
        Tlp label = s.label();
        if (s.marking() != null) label = LabelPolicy.narrowest(label, Tlp.fromMarking(s.marking()).orElse(Tlp.AMBER));
        return Optional.of(new RequestDecision("signal:" + s.key().id(), outcome.get(), ground, s.summary(), s.source(),
                day(s.time().date()), null, s.key().id(), s.marking(), label));
    }
}
