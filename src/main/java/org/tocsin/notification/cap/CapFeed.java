package org.tocsin.notification.cap;

import org.tocsin.distribution.Tlp;
import org.tocsin.escalation.Alert;
import org.tocsin.escalation.AlertStore;
import org.tocsin.escalation.EvidenceSet;
import org.tocsin.intake.Signal;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The alerts Tocsin publishes as CAP, read through escalation's {@link AlertStore}. Only alerts
 * whose label the feed's audience may see appear; every other alert is, for the feed, not there at
 * all (a 404, not a 403 — the feed does not confirm that a restricted alert exists).
 */
public final class CapFeed {

    /**
     * Whom the feed is for. TLP 2.0 allows CLEAR anywhere, GREEN within a community "but not via
     * publicly accessible channels" — so a feed open to the world carries CLEAR alone, and GREEN only
     * when the deployment serves the feed to its community (behind its own access control). AMBER,
     * AMBER+STRICT and RED name their recipients and never appear in any feed.
     */
    public enum Audience {
        PUBLIC(EnumSet.of(Tlp.CLEAR)),
        COMMUNITY(EnumSet.of(Tlp.CLEAR, Tlp.GREEN));

        private final Set<Tlp> labels;

        Audience(Set<Tlp> labels) { this.labels = labels; }

        public boolean allows(Tlp label) { return labels.contains(label); }
    }

    /** A published alert: its id in Tocsin and its current CAP message. */
    public record Published(long alertId, CapMessage message) {}

    private final AlertStore alerts;
    private final SituationStore situations;
    private final EvidenceSet.Lookup signals;
    private final CapMapping mapping;
    private final Audience audience;
    private final int size;

    /** @param size how many alerts the feed lists at most, newest first */
    public CapFeed(AlertStore alerts, SituationStore situations, EvidenceSet.Lookup signals, CapMapping mapping, Audience audience,
                   int size) {
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.situations = Objects.requireNonNull(situations, "situations");
        this.signals = Objects.requireNonNull(signals, "signals");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.audience = Objects.requireNonNull(audience, "audience");
        if (size < 1) throw new IllegalArgumentException("size must be at least 1");
        this.size = size;
    }

    public Audience audience() { return audience; }

    public CapMapping.Settings settings() { return mapping.settings(); }

    /**
     * The newest publishable alerts, each as its current CAP message. Drawn from the newest alerts the
     * store lists (AlertStore.list caps that at 1000), so a flood of restricted alerts can push older
     * public ones out of the window — never a restricted one in.
     */
    public List<Published> recent() {
        Map<String, Optional<Situation>> seen = new HashMap<>();
        return alerts.list(null, false).stream()
                .filter(a -> audience.allows(a.label()))
                .limit(size)
                .map(a -> new Published(a.id(), message(a, seen.computeIfAbsent(a.situation(), situations::find))))
                .toList();
    }

    /** One alert's current CAP message; empty when there is no such alert or its label keeps it out. */
    public Optional<CapMessage> find(long id) {
        return alerts.find(id).filter(a -> audience.allows(a.label())).map(a -> message(a, situations.find(a.situation())));
    }

    private CapMessage message(Alert a, Optional<Situation> situation) {
        List<Signal> evidence = a.evidence().stream().map(id -> signals.find(a.situation(), id)).flatMap(Optional::stream).toList();
        return mapping.message(a, situation, evidence);
    }
}
