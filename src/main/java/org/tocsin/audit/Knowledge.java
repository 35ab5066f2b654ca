package org.tocsin.audit;

import org.tocsin.audit.JournalTypes.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who knew what, when: for one situation as of one instant, every actor (person or body) with each
 * thing they had received, opened and acted on, and when — each step citing the journal entry
 * ({@code seq}) that proves it, so the report can be checked against a verified export. Built only
 * from the journal; a claim not to have known meets the entry that says otherwise.
 *
 * <p>Rules: an event credits its actor with its {@linkplain JournalTypes#stage stage}, and credits
 * every id in its {@code recipients} detail with having received the subject ("via" the actor). A
 * delivery that names recipients credits its actor (the sender) with nothing. Only events that had
 * happened by {@code at} ({@code occurred_at <= at}) count; each step shows when it was recorded too.
 * A determination credits its co-signers and dissenters, as well as its author, with having made it.
 *
 * <p>For each actor the report also says when they learned of the serious risk of genocide
 * ({@link SeriousRisk}): the first established serious-risk determination they met, and the first
 * serious-risk determination falling due that reached them.
 *
 * @param entries how many journal entries the report was built from
 */
public record Knowledge(String situation, Instant at, long entries, List<ActorKnowledge> actors) {

    public Knowledge {
        actors = List.copyOf(actors);
    }

    /** One thing that happened to or was done by an actor. {@code via}: who delivered it, for a recipient. */
    public record Step(Stage stage, String type, Instant occurredAt, Instant recordedAt, long seq, String via,
                       Map<String, Object> details) {}

    /** What an actor had to do with one subject: the first receipt, the first opening, every act. */
    public record Item(String subject, Step received, Step opened, List<Step> acted) {
        public Item {
            acted = List.copyOf(acted);
        }

        Instant first() {
            Instant t = null;
            for (Step s : steps()) if (t == null || s.occurredAt().isBefore(t)) t = s.occurredAt();
            return t;
        }

        public List<Step> steps() {
            List<Step> all = new ArrayList<>();
            if (received != null) all.add(received);
            if (opened != null) all.add(opened);
            all.addAll(acted);
            all.sort(Comparator.comparing(Step::occurredAt).thenComparingLong(Step::seq));
            return all;
        }
    }

    /**
     * @param seriousRisk when the actor learned of the serious risk of genocide, or null if they had not by then
     */
    public record ActorKnowledge(String actor, List<Item> items, SeriousRisk seriousRisk) {
        public ActorKnowledge {
            items = List.copyOf(items);
        }

        public ActorKnowledge(String actor, List<Item> items) {
            this(actor, items, null);
        }
    }

    /** The actors who had learned of the serious risk of genocide by then, the earliest first. */
    public List<ActorKnowledge> learnedOfSeriousRisk() {
        return actors.stream().filter(a -> a.seriousRisk() != null)
                .sorted(Comparator.comparing((ActorKnowledge a) -> a.seriousRisk().learnedAt())
                        .thenComparingLong(a -> a.seriousRisk().first().step().seq()).thenComparing(ActorKnowledge::actor))
                .toList();
    }

    /**
     * Reads {@code at} as an instant ({@code 1994-04-07T12:00:00Z}, an offset is allowed) or a date,
     * meaning the end of that day in UTC ({@code 1994-04-07}: everything known by that day).
     */
    public static Optional<Instant> parseAt(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = text.strip();
        try {
            return Optional.of(java.time.OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return Optional.of(LocalDate.parse(t).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** Collects entries (in journal order) into a report. */
    public static final class Builder {
        private final String situation;
        private final Instant at;
        private final Map<String, Map<String, Working>> byActor = new LinkedHashMap<>();
        private final Map<String, SeriousRisk.Moments> seriousRisk = new LinkedHashMap<>();
        private final SeriousRisk.Tracker carriers = new SeriousRisk.Tracker();
        private long entries;

        public Builder(String situation, Instant at) {
            this.situation = situation;
            this.at = at;
        }

        public void add(JournalEntry e) {
            if (!situation.equals(e.situation()) || e.occurredAt().isAfter(at)) return;
            entries++;
            carriers.see(e);
            Stage stage = JournalTypes.stage(e.type());
            List<String> recipients = recipients(e.details());
            if (!(stage == Stage.RECEIVED && !recipients.isEmpty())) {
                credit(e.actor(), e, stage, null);
            }
            // a determination is made by its co-signers and dissenters as much as by its author
            for (String signatory : SeriousRisk.signatories(e)) credit(signatory, e, Stage.ACTED, null);
            for (String r : recipients) {
                // an actor who escalates to a list that includes themselves is already credited with the act
                if (stage == Stage.RECEIVED || !r.equals(e.actor())) credit(r, e, Stage.RECEIVED, e.actor());
            }
        }

        private void credit(String actor, JournalEntry e, Stage stage, String via) {
            Step step = new Step(stage, e.type(), e.occurredAt(), e.recordedAt(), e.seq(), via, e.details());
            SeriousRisk.Learned learned = SeriousRisk.automatic(actor) ? null : carriers.learned(e, step);
            if (learned != null) seriousRisk.computeIfAbsent(actor, a -> new SeriousRisk.Moments()).offer(learned);
            Working w = byActor.computeIfAbsent(actor, a -> new LinkedHashMap<>()).computeIfAbsent(e.subject(), Working::new);
            switch (stage) {
                case RECEIVED -> w.received = earlier(w.received, step);
                case OPENED -> w.opened = earlier(w.opened, step);
                case ACTED -> w.acted.add(step);
            }
        }

        private static Step earlier(Step current, Step candidate) {
            return current == null || candidate.occurredAt().isBefore(current.occurredAt()) ? candidate : current;
        }

        private static List<String> recipients(Map<String, Object> details) {
            if (!(details.get(JournalTypes.Keys.RECIPIENTS) instanceof List<?> list)) return List.of();
            return list.stream().filter(String.class::isInstance).map(String.class::cast).distinct().toList();
        }

        public Knowledge build() {
            List<ActorKnowledge> actors = new ArrayList<>();
            byActor.forEach((actor, items) -> {
                List<Item> list = items.values().stream().map(Working::item)
                        .sorted(Comparator.comparing(Item::first).thenComparing(Item::subject)).toList();
                SeriousRisk.Moments m = seriousRisk.get(actor);
                actors.add(new ActorKnowledge(actor, list, m == null ? null : m.result()));
            });
            actors.sort(Comparator.comparing((ActorKnowledge a) -> a.items().getFirst().first()).thenComparing(ActorKnowledge::actor));
            return new Knowledge(situation, at, entries, actors);
        }
    }

    private static final class Working {
        final String subject;
        Step received;
        Step opened;
        final List<Step> acted = new ArrayList<>();

        Working(String subject) {
            this.subject = subject;
        }

        Item item() {
            List<Step> sorted = new ArrayList<>(acted);
            sorted.sort(Comparator.comparing(Step::occurredAt).thenComparingLong(Step::seq));
            return new Item(subject, received, opened, sorted);
        }
    }
}
