package org.tocsin.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A directory held in memory, for replays of historical cases: built from a situation file's
 * bodies, with whatever people and positions the replay names. Not thread-safe.
 */
public final class InMemoryDirectory implements Directory {

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<PositionHolding> positions = new ArrayList<>();

    /** A directory with one group per body of the situation file and one person per member. */
    public static InMemoryDirectory of(String situation, List<Body> bodies) {
        InMemoryDirectory d = new InMemoryDirectory();
        for (Body b : bodies) {
            b.people().forEach(d::createPerson);
            d.createGroup(b.group(situation));
        }
        return d;
    }

    @Override public Optional<Person> person(String id) { return Optional.ofNullable(people.get(id)); }

    @Override public Optional<Group> group(String id) { return Optional.ofNullable(groups.get(id)); }

    @Override
    public List<String> holders(String situation, String position, Instant at) {
        return positions.stream().filter(p -> p.situation().equals(situation) && p.position().equals(position) && p.heldAt(at))
                .map(PositionHolding::person).distinct().toList();
    }

    @Override public boolean createPerson(Person person) { return people.putIfAbsent(person.id(), person) == null; }

    @Override public List<Person> people() { return List.copyOf(people.values()); }

    @Override public boolean createGroup(Group group) { return groups.putIfAbsent(group.id(), group) == null; }

    @Override
    public Group addMembers(String group, List<String> members) {
        Group g = groups.get(group);
        if (g == null) throw new IllegalArgumentException("unknown group " + group);
        LinkedHashSet<String> all = new LinkedHashSet<>(g.members());
        all.addAll(members);
        Group updated = new Group(g.id(), g.name(), g.situation(), List.copyOf(all));
        groups.put(group, updated);
        return updated;
    }

    @Override public List<Group> groups() { return List.copyOf(groups.values()); }

    @Override
    public PositionHolding assign(PositionHolding h) {
        PositionHolding stored = new PositionHolding(positions.size() + 1L, h.situation(), h.position(), h.person(), h.from(), h.until());
        positions.add(stored);
        return stored;
    }

    @Override
    public List<PositionHolding> positions(String situation) {
        return positions.stream().filter(p -> p.situation().equals(situation)).toList();
    }
}
