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

/**
 * The sources API over real HTTP, recording every exchange (label, status, headers, body) so a
 * test can sweep all that left the server.
 */
final class SourceApi {

    record Exchange(String label, Api.Response response) {
        String everything() { return response.status() + " " + response.headers().map() + " " + response.body(); }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    final List<Exchange> exchanges = new ArrayList<>();

    SourceApi(int port) { this.base = "http://localhost:" + port; }

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

    /** Registers a source: {@code sealedJson} is the inside of the {@code sealed} object. */
    Api.Response register(String label, String actor, String id, String sealedJson, String... handlers) {
        String hs = handlers.length == 0 ? "" : ", \"handlers\": [" + String.join(", ", java.util.Arrays.stream(handlers)
                .map(h -> "\"" + h + "\"").toList()) + "]";
        return post(label, "/api/sources", """
                {"actor": "%s", "id": "%s", "type": "informant", "reliability": "C"%s, "sealed": {%s}}"""
                .formatted(actor, id, hs, sealedJson));
    }

    Api.Response unseal(String label, String id, String actor) {
        return post(label, "/api/sources/" + id + "/unseal", "{\"actor\": \"" + actor + "\"}");
    }

    private Api.Response send(String label, HttpRequest.Builder b) {
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
