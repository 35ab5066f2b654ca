package org.tocsin.access;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A body that decides, from a situation file's {@code bodies}: e.g. the fifteen members of the
 * Security Council in 1994. Each body becomes a {@link Group} of the same id with one {@link Person}
 * per member, id {@code <body>:<member>} (e.g. {@code un-security-council:RW}), who keeps the member's
 * {@code represents}.
 */
public record Body(String id, String name, List<Member> members) {

    public record Member(String id, String name, boolean permanent, String represents) {}

    public Body {
        members = List.copyOf(members);
    }

    public static String personId(String body, String member) { return body + ":" + member; }

    public List<Person> people() {
        return members.stream().map(m -> new Person(personId(id, m.id()), m.name() + " (" + name + ")", null, null,
                m.represents())).toList();
    }

    public Group group(String situation) {
        return new Group(id, name, situation, members.stream().map(m -> personId(id, m.id())).toList());
    }

    /**
     * The bodies of a situation's details (the situation file without its identity fields). Entries
     * that are not well-formed (no id, an id that is not a usable name) are left out.
     */
    public static List<Body> parse(JsonNode details) {
        List<Body> out = new ArrayList<>();
        if (details == null) return out;
        for (JsonNode b : details.path("bodies")) {
            String id = b.path("id").asString(null);
            if (!Person.validId(id)) continue;
            List<Member> members = new ArrayList<>();
            for (JsonNode m : b.path("members")) {
                String mid = m.path("id").asString(null);
                if (mid == null || !Person.validId(personId(id, mid))) continue;
                members.add(new Member(mid, m.path("name").asString(mid), m.path("permanent").asBoolean(false),
                        m.path("represents").asString(null)));
            }
            out.add(new Body(id, b.path("name").asString(id), members));
        }
        return out;
    }
}
