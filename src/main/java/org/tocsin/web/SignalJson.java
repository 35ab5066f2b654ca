package org.tocsin.web;

import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Signal;
import org.tocsin.situation.Situation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's JSON for signals and situations: case-file field names (snake_case), plus what Tocsin
 * adds (uid, label, known_on, recorded_at, submitted_by, channel).
 */
final class SignalJson {

    private SignalJson() {}

    static Map<String, Object> of(Signal s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uid", s.key().uuid().toString());
        m.put("situation", s.key().situation());
        m.put("id", s.key().id());
        m.put("date", s.time().date().toString());
        m.put("date_precision", s.time().precision().wire());
        if (s.time().end() != null) m.put("date_end", s.time().end().toString());
        m.put("known_on", s.time().knownOn().toString());
        m.put("kind", s.kind().wire());
        m.put("source", s.source());
        m.put("source_id", s.sourceId());
        m.put("source_type", s.sourceType().wire());
        m.put("reliability", s.reliability().name());
        m.put("credibility", s.credibility().grade());
        m.put("location", s.place().name());
        m.put("lat", s.place().lat());
        m.put("lon", s.place().lon());
        if (s.place().country() != null) m.put("country", s.place().country());
        m.put("summary", s.summary());
        m.put("indicators", s.indicators());
        m.put("tags", s.tags());
        m.put("mitigating", s.mitigating());
        m.put("recipients", s.recipients());
        m.put("fatalities", s.fatalities());
        m.put("ref", s.ref());
        if (s.marking() != null) {
            m.put("marking", s.marking());
            m.put("marking_label", Tlp.fromMarking(s.marking()).map(Tlp::wire).orElse(null));
        }
        if (!s.relays().isEmpty()) m.put("relays", s.relays());
        if (!s.implicates().isEmpty()) m.put("implicates", s.implicates());
        if (s.request() != null) {
            m.put("action", s.request().action());
            m.put("requested_by", s.request().requestedBy());
            m.put("deadline", s.request().deadline());
        }
        if (s.decision() != null) {
            m.put("responds_to", s.decision().respondsTo());
            m.put("outcome", s.decision().outcome());
            m.put("ground", s.decision().ground());
        }
        m.put("label", s.label().wire());
        m.put("critical", s.critical());
        if (!s.attributes().isEmpty()) m.put("attributes", s.attributes());
        m.put("recorded_at", s.receipt().recordedAt().toString());
        m.put("submitted_by", s.receipt().submittedBy());
        m.put("channel", s.receipt().channel().wire());
        return m;
    }

    static Map<String, Object> of(Situation s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("country", s.country());
        m.put("area", s.area());
        m.put("watch_from", s.watchFrom() == null ? null : s.watchFrom().toString());
        m.put("watch_to", s.watchTo() == null ? null : s.watchTo().toString());
        m.put("details", JsonBody.STRICT.readTree(s.details()));
        m.put("created_at", s.createdAt().toString());
        m.put("created_by", s.createdBy());
        return m;
    }
}
