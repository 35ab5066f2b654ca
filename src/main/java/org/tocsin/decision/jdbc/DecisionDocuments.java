package org.tocsin.decision.jdbc;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * JSON documents for the determination tables: the domain records as they are (the domain carries no
 * persistence annotations). Unknown properties are ignored so that older rows stay readable.
 */
final class DecisionDocuments {

    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private DecisionDocuments() {}

    static String write(Object value) { return JSON.writeValueAsString(value); }

    static <T> T read(String json, Class<T> type) { return JSON.readValue(json, type); }

    static OffsetDateTime utc(Instant i) { return i == null ? null : i.atOffset(ZoneOffset.UTC); }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
