package org.tocsin.source;

import org.tocsin.support.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sources API over real HTTP, recording every exchange (label, status, headers, body) so a
 * test can sweep all that left the server. Calls are made as one person (with their token);
 * {@link #as} gives the same API, recording into the same list, as another.
 */
final class SourceApi {

    record Exchange(String label, Api.Response response) {
        String everything() { return response.status() + " " + response.headers().map() + " " + response.body(); }
    }

    private final HttpClient client;
    private final String base;
    private final Function<String, String> tokens;
    private final String token;
    final List<Exchange> exchanges;

    /** The API as {@code person}; {@code tokens} gives a person's bearer token (null: no credentials). */
    SourceApi(int port, Function<String, String> tokens, String person) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), "http://localhost:" + port, tokens,
                person == null ? null : tokens.apply(person), new ArrayList<>());
    }

    private SourceApi(HttpClient client, String base, Function<String, String> tokens, String token, List<Exchange> exchanges) {
        this.client = client;
        this.base = base;
        this.tokens = tokens;
        this.token = token;
        this.exchanges = exchanges;
    }

    /** The same API, recording into the same exchanges, as this person. */
    SourceApi as(String person) {
        return new SourceApi(client, base, tokens, tokens.apply(person), exchanges);
    }

    /** The same API, recording into the same exchanges, with no credentials. */
    SourceApi anonymous() {
        return new SourceApi(client, base, tokens, null, exchanges);
    }

    Api.Response get(String label, String path) {
        return send(label, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Api.Response post(String label, String path, String json) {
        return send(label, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Api.Response delete(String label, String path) {
        return send(label, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Registers a source as {@code actor}: {@code sealedJson} is the inside of the {@code sealed} object. */
    Api.Response register(String label, String actor, String id, String sealedJson, String... handlers) {
        String hs = handlers.length == 0 ? "" : ", \"handlers\": [" + String.join(", ", java.util.Arrays.stream(handlers)
                .map(h -> "\"" + h + "\"").toList()) + "]";
        return as(actor).post(label, "/api/sources", """
                {"id": "%s", "type": "informant", "reliability": "C"%s, "sealed": {%s}}"""
                .formatted(id, hs, sealedJson));
    }

    /** Asks to unseal a source as {@code actor}. */
    Api.Response unseal(String label, String id, String actor) {
        return as(actor).post(label, "/api/sources/" + id + "/unseal", "{}");
    }

    private Api.Response send(String label, HttpRequest.Builder b) {
        if (token != null) b.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> r = client.send(b.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
            var response = new Api.Response(r.statusCode(), r.body(), r.headers());
            exchanges.add(new Exchange(label, response));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
