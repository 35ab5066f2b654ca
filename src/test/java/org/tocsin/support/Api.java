package org.tocsin.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** A small HTTP client for integration tests: real requests against the running server. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String bearer;

    public Api(int port) {
        this("http://localhost:" + port, null);
    }

    public Api(String base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** The same server, called with a bearer token. */
    public Api as(String token) {
        return new Api(base, token);
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The fields named in a problem response's errors. */
        public java.util.List<String> errorFields() {
            java.util.List<String> out = new java.util.ArrayList<>();
            json().path("errors").forEach(e -> out.add(e.path("field").asString()));
            return out;
        }
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response post(String path, String body) {
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response post(String path, byte[] body) {
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * A large upload the way careful clients send it (curl does for big bodies): headers first with
     * {@code Expect: 100-continue}, so a server that refuses by size answers before the body is sent.
     */
    public Response postExpectingContinue(String path, byte[] body) {
        return send(builder(path).expectContinue(true).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response put(String path, String body) {
        return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    public Response postStream(String path, Supplier<InputStream> body) {
        return send(builder(path).header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofInputStream(body)));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return b;
    }

    private Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
