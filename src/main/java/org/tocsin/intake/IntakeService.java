package org.tocsin.intake;

import org.tocsin.common.Parsed;
import org.tocsin.common.Transactions;
import org.tocsin.situation.SituationStore;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Accepts one signal at a time (REST API, web form). Parsing happens first, outside the
 * transaction; the check for the situation and the insert happen in one transaction, so a refusal
 * never leaves a partial write. Listeners run inside that transaction, so whatever they record
 * (journal, fusion, alerts) commits or rolls back with the signal itself.
 */
public final class IntakeService {

    /** Told of every newly accepted signal, inside the accepting transaction. */
    public interface Listener {
        void accepted(Signal signal);
    }

    private final SignalParser parser;
    private final SituationStore situations;
    private final SignalStore signals;
    private final Transactions transactions;
    private final Clock clock;
    private final List<Listener> listeners = new ArrayList<>();

    public IntakeService(SignalParser parser, SituationStore situations, SignalStore signals,
                         Transactions transactions, Clock clock) {
        this.parser = parser;
        this.situations = situations;
        this.signals = signals;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void addListener(Listener listener) { listeners.add(listener); }

    public SubmitOutcome submit(JsonNode body, String submittedBy, Channel channel) {
        Receipt receipt = new Receipt(clock.instant(), submittedBy, channel);
        return switch (parser.parse(body, SignalDefaults.api(), receipt)) {
            case Parsed.Refused<Signal> r -> new SubmitOutcome.Invalid(r.errors());
            case Parsed.Ok<Signal> ok -> store(ok.value());
        };
    }

    /** Stores an already-parsed signal (demo data, replays that persist). */
    public SubmitOutcome store(Signal signal) {
        return transactions.inTransaction(tx -> {
            if (!situations.exists(signal.key().situation())) {
                return new SubmitOutcome.UnknownSituation(signal.key().situation());
            }
            return switch (signals.insert(signal)) {
                case SignalStore.Stored.Inserted i -> {
                    listeners.forEach(l -> l.accepted(i.signal()));
                    yield new SubmitOutcome.Created(i.signal());
                }
                case SignalStore.Stored.Duplicate d -> new SubmitOutcome.Unchanged(d.existing());
                case SignalStore.Stored.Conflict c -> new SubmitOutcome.Conflict(signal.key());
            };
        });
    }
}
