package org.tocsin.notification;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on loopback, as a real one would be: it records every request (headers and
 * exact body bytes), answers with the statuses it is told to (then 200), and keeps the
 * de-duplicated view a receiver builds from the {@code Idempotency-Key} header.
 */
final class WebhookReceiver implements AutoCloseable {

    record Request(String idempotencyKey, String timestamp, String signature, String contentType, byte[] body, int answered) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Deque<int[]> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> perKey = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int[] answer;
            synchronized (script) {
                answer = script.isEmpty() ? new int[]{200, -1} : script.removeFirst();
            }
            var h = exchange.getRequestHeaders();
            String key = h.getFirst("Idempotency-Key");
            requests.add(new Request(key, h.getFirst("X-Tocsin-Timestamp"), h.getFirst("X-Tocsin-Signature"), h.getFirst("Content-Type"),
                    body, answer[0]));
            if (answer[0] / 100 == 2 && key != null) perKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (answer[1] >= 0) exchange.getResponseHeaders().add("Retry-After", Integer.toString(answer[1]));
            exchange.sendResponseHeaders(answer[0], -1);
            exchange.close();
        });
        server.start();
    }

    String url() { return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/hook"; }

    /** The next requests are answered with these statuses, in order; then 200. */
    WebhookReceiver answer(int... statuses) {
        synchronized (script) {
            for (int s : statuses) script.addLast(new int[]{s, -1});
        }
        return this;
    }

    WebhookReceiver answerWithRetryAfter(int status, int seconds) {
        synchronized (script) {
            script.addLast(new int[]{status, seconds});
        }
        return this;
    }

    List<Request> requests() { return List.copyOf(requests); }

    /** Accepted deliveries per idempotency key: what the receiver saw, before it drops repeats. */
    Map<String, Integer> acceptedPerKey() {
        Map<String, Integer> m = new java.util.TreeMap<>();
        perKey.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** The receiver's de-duplicated view: each key once. */
    Collection<String> distinctKeys() { return acceptedPerKey().keySet(); }

    @Override
    public void close() {
        server.stop(0);
        threads.close();
    }
}
