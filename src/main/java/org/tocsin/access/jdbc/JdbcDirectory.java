package org.tocsin.access.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.tocsin.access.Directory;
import org.tocsin.access.Group;
import org.tocsin.access.Person;
import org.tocsin.access.PositionHolding;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The directory in PostgreSQL. */
public final class JdbcDirectory implements Directory {

    private static final RowMapper<Person> PERSON = (rs, n) -> new Person(rs.getString("id"), rs.getString("name"),
            rs.getString("email"), rs.getString("webhook"), rs.getString("represents"));
    private static final String GROUP_COLUMNS = "g.id, g.name, g.situation, "
            + "array(select m.person_id from group_member m where m.group_id = g.id order by m.position) as members";
    private static final RowMapper<Group> GROUP = (rs, n) -> new Group(rs.getString("id"), rs.getString("name"),
            rs.getString("situation"), strings(rs.getArray("members")));
    private static final RowMapper<PositionHolding> HOLDING = (rs, n) -> new PositionHolding(rs.getLong("id"),
            rs.getString("situation"), rs.getString("position"), rs.getString("person_id"),
            rs.getObject("held_from", OffsetDateTime.class).toInstant(), instant(rs.getObject("held_until", OffsetDateTime.class)));

    private final JdbcTemplate jdbc;

    public JdbcDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Person> person(String id) {
        return jdbc.query("select * from person where id = ?", PERSON, id).stream().findFirst();
    }

    @Override
    public Optional<Group> group(String id) {
        return jdbc.query("select " + GROUP_COLUMNS + " from person_group g where g.id = ?", GROUP, id).stream().findFirst();
    }

    @Override
    public List<String> holders(String situation, String position, Instant at) {
        OffsetDateTime t = at.atOffset(ZoneOffset.UTC);
        return jdbc.queryForList("""
                select person_id from position_holding where situation = ? and position = ?
                and held_from <= ? and (held_until is null or held_until > ?) order by held_from, id""",
                String.class, situation, position, t, t).stream().distinct().toList();
    }

    @Override
    public boolean createPerson(Person p) {
        return jdbc.update("insert into person (id, name, email, webhook, represents) values (?, ?, ?, ?, ?) on conflict (id) do nothing",
                p.id(), p.name(), p.email(), p.webhook(), p.represents()) == 1;
    }

    @Override
    public List<Person> people() {
        return jdbc.query("select * from person order by id", PERSON);
    }

    @Override
    public boolean createGroup(Group g) {
        if (jdbc.update("insert into person_group (id, name, situation) values (?, ?, ?) on conflict (id) do nothing",
                g.id(), g.name(), g.situation()) == 0) return false;
        addMembers(g.id(), g.members());
        return true;
    }

    @Override
    public Group addMembers(String group, List<String> people) {
        for (String p : people) {
            jdbc.update("""
                    insert into group_member (group_id, person_id, position)
                    values (?, ?, (select coalesce(max(position), 0) + 1 from group_member where group_id = ?))
                    on conflict do nothing""", group, p, group);
        }
        return group(group).orElseThrow();
    }

    @Override
    public List<Group> groups() {
        return jdbc.query("select " + GROUP_COLUMNS + " from person_group g order by g.id", GROUP);
    }

    @Override
    public PositionHolding assign(PositionHolding h) {
        Long id = jdbc.queryForObject("""
                insert into position_holding (situation, position, person_id, held_from, held_until) values (?, ?, ?, ?, ?)
                returning id""", Long.class, h.situation(), h.position(), h.person(), h.from().atOffset(ZoneOffset.UTC),
                h.until() == null ? null : h.until().atOffset(ZoneOffset.UTC));
        return new PositionHolding(id, h.situation(), h.position(), h.person(), h.from(), h.until());
    }

    @Override
    public List<PositionHolding> positions(String situation) {
        return jdbc.query("select * from position_holding where situation = ? order by position, held_from, id", HOLDING, situation);
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    private static Instant instant(OffsetDateTime t) { return t == null ? null : t.toInstant(); }
}
