package org.tocsin.access;

import java.util.List;
import java.util.Objects;

/**
 * A named set of people, e.g. {@code un-security-council}: the members of a deciding body, every
 * one of whom a mandate gap or a briefing must reach. Membership is by person id, in the order given.
 *
 * @param situation the situation whose file created the group, or null for a group created by hand
 */
public record Group(String id, String name, String situation, List<String> members) {
    public Group {
        if (!Person.validId(id)) throw new IllegalArgumentException("invalid group id");
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
    }
}
