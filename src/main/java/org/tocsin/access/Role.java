package org.tocsin.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person does in a situation. Roles are granted per situation (or for every situation, with
 * {@link Grant#ALL_SITUATIONS}); what each may do is {@link Permission}'s table. A person may hold
 * several roles; a field commander who also reports signals holds both.
 */
public enum Role {
    /** A field reporter or NGO monitor: submits signals, sees what is released to the community and what they sent. */
    REPORTER,
    /** Mission analyst: reviews indicators, reads everything up to AMBER+STRICT and the situation's RED intake. */
    ANALYST,
    /** Keeps registered sources: the only role that can unseal a source (and only one assigned to them). */
    SOURCE_HANDLER,
    /** Field commander: raises alerts and requests, keeps the force model. */
    COMMANDER,
    /** Headquarters desk officer: acknowledges, escalates and decides what reaches the desk; sends briefings. */
    DESK_OFFICER,
    /** Decides alerts, requests, force changes and records determinations. */
    DECISION_MAKER,
    /** A member of a deciding body (a Council delegation): receives briefings, decides what is put to the body. */
    COUNCIL_MEMBER,
    /** Reads the journal, the who-knew report and delivery records; changes nothing. */
    AUDITOR,
    /** Keeps the directory, accounts and grants; reads no sealed data. */
    ADMIN;

    /** {@code source-handler}, as in the API and the CLI. */
    public String wire() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static Optional<Role> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(t)).findFirst();
    }
}
