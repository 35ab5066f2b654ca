package org.tocsin.web;

import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON request body with a hard size limit, strictly: duplicate keys, trailing content,
 * deep nesting and invalid UTF-8 are refused with a problem that says which, not what the parser said.
 */
final class JsonBody {

    static final JsonMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                            .maxStringLength(5_000_000).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBody() {}

    static JsonNode read(InputStream in, long contentLength, int limit) {
        if (contentLength > limit) throw tooLarge(limit);
        byte[] bytes;
        try {
            bytes = in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw ApiProblem.raise(ApiProblem.of(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable body",
                    "The request body could not be read completely."));
        }
        if (bytes.length > limit) throw tooLarge(limit);
        if (bytes.length == 0) throw malformed("The request body is empty; a JSON object is expected.");
        try {
            return STRICT.readTree(bytes);
        } catch (JacksonException e) {
            String what = e.getMessage() == null ? "" : e.getMessage();
            String reason = what.contains("Duplicate") ? "contains a duplicate field name"
                    : what.contains("nesting depth") ? "is nested too deeply"
                    : what.contains("UTF-8") || what.contains("Invalid UTF") ? "is not valid UTF-8"
                    : "is not well-formed JSON";
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw malformed("The request body " + reason + (line > 0 ? " (line " + line + ")" : "") + ".");
        }
    }

    static ApiProblem malformed(String detail) {
        var p = ApiProblem.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail);
        p.setProperty("errors", java.util.List.of(java.util.Map.of("field", "$", "reason", detail)));
        return ApiProblem.raise(p);
    }

    static ApiProblem tooLarge(int limit) {
        return ApiProblem.raise(ApiProblem.field(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Body too large", "$",
                "is larger than the limit of " + limit + " bytes"));
    }
}
