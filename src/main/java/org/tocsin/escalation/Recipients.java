package org.tocsin.escalation;

import org.tocsin.access.DirectoryView;
import org.tocsin.access.Group;
import org.tocsin.access.Person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves recipients at a moment: people as they are, positions to their holders then, groups to
 * their members. What cannot be resolved (a vacant position, an unknown id) is reported, never
 * silently dropped; a person reached by two routes is told once.
 */
public final class Recipients {

    private Recipients() {}

    public record Resolution(List<Person> people, List<String> unresolved) {
        public Resolution {
            people = List.copyOf(people);
            unresolved = List.copyOf(unresolved);
        }

        public boolean nobody() { return people.isEmpty(); }
    }

    public static Resolution resolve(List<RecipientRef> refs, String situation, Instant at, DirectoryView directory) {
        Map<String, Person> people = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        for (RecipientRef ref : refs) {
            switch (ref) {
                case RecipientRef.ToPerson p -> directory.person(p.id()).ifPresentOrElse(x -> people.putIfAbsent(x.id(), x),
                        () -> unresolved.add(ref.wire() + " (unknown person)"));
                case RecipientRef.ToPosition p -> {
                    List<String> holders = directory.holders(situation, p.position(), at);
                    if (holders.isEmpty()) unresolved.add(ref.wire() + " (vacant)");
                    for (String h : holders) directory.person(h).ifPresent(x -> people.putIfAbsent(x.id(), x));
                }
                case RecipientRef.ToGroup g -> {
                    Group group = directory.group(g.id()).orElse(null);
                    if (group == null) unresolved.add(ref.wire() + " (unknown group)");
                    else for (String m : group.members()) directory.person(m).ifPresentOrElse(x -> people.putIfAbsent(x.id(), x),
                            () -> unresolved.add("person:" + m + " (unknown member of " + g.id() + ")"));
                }
            }
        }
        return new Resolution(List.copyOf(people.values()), unresolved);
    }
}
