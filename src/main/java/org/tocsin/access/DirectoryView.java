package org.tocsin.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What escalation needs to know about people: reading only, so a replay can use an in-memory one. */
public interface DirectoryView {

    Optional<Person> person(String id);

    Optional<Group> group(String id);

    /** Person ids holding the position in the situation at that instant (usually one; none when vacant). */
    List<String> holders(String situation, String position, Instant at);
}
