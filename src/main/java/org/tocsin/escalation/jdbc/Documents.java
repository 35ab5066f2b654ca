package org.tocsin.escalation.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.tocsin.escalation.AlertState;
import org.tocsin.escalation.RecipientRef;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * JSON documents for the escalation tables: the domain records as they are, with the type names
 * of the sealed lifecycle states and recipient kinds added here (mix-ins), so the domain carries no
 * persistence annotations.
 */
final class Documents {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "state")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = AlertState.Raised.class, name = "raised"),
            @JsonSubTypes.Type(value = AlertState.Acknowledged.class, name = "acknowledged"),
            @JsonSubTypes.Type(value = AlertState.Decided.class, name = "decided"),
            @JsonSubTypes.Type(value = AlertState.Appealed.class, name = "appealed"),
            @JsonSubTypes.Type(value = AlertState.Closed.class, name = "closed")})
    interface StateMixin {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "to")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = RecipientRef.ToPerson.class, name = "person"),
            @JsonSubTypes.Type(value = RecipientRef.ToPosition.class, name = "position"),
            @JsonSubTypes.Type(value = RecipientRef.ToGroup.class, name = "group")})
    interface RecipientMixin {}

    static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(AlertState.class, StateMixin.class)
            .addMixIn(RecipientRef.class, RecipientMixin.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private Documents() {}

    static String write(Object value) { return JSON.writeValueAsString(value); }

    static <T> T read(String json, Class<T> type) { return JSON.readValue(json, type); }

    static Map<String, Object> map(String json) { return JSON.readValue(json, MAP); }

    static OffsetDateTime utc(Instant i) { return i == null ? null : i.atOffset(ZoneOffset.UTC); }

    static Instant instant(OffsetDateTime t) { return t == null ? null : t.toInstant(); }

    static Instant instant(Timestamp t) { return t == null ? null : t.toInstant(); }
}
