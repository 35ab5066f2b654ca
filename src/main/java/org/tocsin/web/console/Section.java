package org.tocsin.web.console;

import java.util.Arrays;
import java.util.List;

/**
 * The console's sections, in the order of the navigation. A section is shown once its feature exists
 * ({@code ready}); the others are listed so that their place, path and labels (messages
 * {@code nav.<name>}) are settled before they land: turning one on is a one-word change here.
 */
enum Section {
    SITUATIONS("/", true),
    ALERTS("/alerts", false),
    REQUESTS("/requests", false),
    BRIEFINGS("/briefings", true),
    DETERMINATIONS("/determinations", false),
    FORCE("/force", false),
    SOURCES("/sources", false),
    JOURNAL("/journal", true),
    REPLAY("/replay", true);

    private final String path;
    private final boolean ready;

    Section(String path, boolean ready) {
        this.path = path;
        this.ready = ready;
    }

    public String path() { return path; }

    /** The message key of its label. */
    public String label() { return "nav." + name().toLowerCase(java.util.Locale.ROOT); }

    static List<Section> shown() { return Arrays.stream(values()).filter(s -> s.ready).toList(); }
}
