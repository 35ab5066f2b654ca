package org.tocsin.console;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a page costs to load, as Chromium saw it: every response with its type, its bytes on the wire
 * (compressed) and its decoded size. "Script" is what the page runs; the 200 KB budget is on decoded
 * script, the stricter of the two.
 */
final class PageWeight {

    record Resource(String url, String type, long wire, long decoded) {}

    private final List<Resource> resources = new ArrayList<>();

    /** Starts recording a page's responses; read the totals after it has loaded. */
    static PageWeight record(Page page) {
        PageWeight w = new PageWeight();
        page.onResponse(r -> w.add(r));
        return w;
    }

    private void add(Response r) {
        if (r.status() >= 300 && r.status() < 400) return;
        long decoded;
        try {
            decoded = r.body().length;
        } catch (RuntimeException e) {
            decoded = 0;
        }
        long wire = r.request().sizes().responseBodySize;
        synchronized (resources) {
            resources.add(new Resource(r.url(), r.request().resourceType(), wire < 0 ? decoded : wire, decoded));
        }
    }

    long script() { return sum("script", true); }

    long scriptOnWire() { return sum("script", false); }

    long total() { return sum(null, true); }

    long totalOnWire() { return sum(null, false); }

    long document() { return sum("document", true); }

    private long sum(String type, boolean decoded) {
        synchronized (resources) {
            return resources.stream().filter(r -> type == null || r.type().equals(type))
                    .mapToLong(r -> decoded ? r.decoded() : r.wire()).sum();
        }
    }

    String line(String name) {
        return String.format(Locale.ROOT, "| %s | %.1f KB | %.1f KB | %.1f KB | %.1f KB | %.1f KB | %d |", name,
                document() / 1024.0, total() / 1024.0, totalOnWire() / 1024.0, script() / 1024.0, scriptOnWire() / 1024.0,
                resources.size());
    }

    static String header() {
        return "| Page | HTML | All, decoded | All, on the wire | Script, decoded | Script, on the wire | Requests |\n"
                + "|---|---|---|---|---|---|---|";
    }
}
