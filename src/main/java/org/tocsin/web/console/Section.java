package org.tocsin.web.console;

import org.tocsin.access.Permission;
import org.tocsin.access.Viewer;

import java.util.Arrays;
import java.util.List;

/**
 * The console's sections, in the order of the navigation. A section is shown once its feature exists
 * ({@code ready}); the others are listed so that their place, path and labels (messages
 * {@code nav.<name>}) are settled before they land: turning one on is a one-word change here.
 */
enum Section {
    SITUATIONS("/", true, null),
    ALERTS("/alerts", true, Permission.ALERT_READ),
    REQUESTS("/requests", true, Permission.REQUEST_READ),
    BRIEFINGS("/briefings", true, Permission.BRIEFING_READ),
    DETERMINATIONS("/determinations", false, Permission.DETERMINATION_READ),
    FORCE("/force", false, Permission.FORCE_READ),
    SOURCES("/sources", true, Permission.SOURCE_READ),
    JOURNAL("/journal", true, Permission.JOURNAL_READ),
    REPLAY("/replay", true, null),
    ADMIN("/admin/people", true, Permission.DIRECTORY_EDIT);

    private final String path;
    private final boolean ready;
    /** Shown to viewers who hold this somewhere; null: to everyone signed in. */
    private final Permission permission;

    Section(String path, boolean ready, Permission permission) {
        this.path = path;
        this.ready = ready;
        this.permission = permission;
    }

    public String path() { return path; }

    /** The message key of its label. */
    public String label() { return "nav." + name().toLowerCase(java.util.Locale.ROOT); }

    static List<Section> shown() { return Arrays.stream(values()).filter(s -> s.ready).toList(); }

    /** The sections this viewer may open. */
    static List<Section> shown(Viewer viewer) {
        // the people pages are installation-wide: they need the permission in every situation
        return Arrays.stream(values()).filter(s -> s.ready && (s.permission == null
                || (s == ADMIN ? viewer.canEverywhere(s.permission) : viewer.canSomewhere(s.permission)))).toList();
    }
}
