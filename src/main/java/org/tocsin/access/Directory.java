package org.tocsin.access;

import java.util.List;

/** Where people, groups and positions are kept. */
public interface Directory extends DirectoryView {

    /** False when a person with this id exists (nothing changes then). */
    boolean createPerson(Person person);

    List<Person> people();

    /** False when a group with this id exists (nothing changes then). */
    boolean createGroup(Group group);

    /** Adds members that are not members yet, keeping the order; returns the group as it now is. */
    Group addMembers(String group, List<String> people);

    List<Group> groups();

    PositionHolding assign(PositionHolding holding);

    List<PositionHolding> positions(String situation);
}
