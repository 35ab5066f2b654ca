package org.tocsin.access;

import org.tocsin.common.Transactions;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory's commands: people, groups, positions, and the groups a situation file's bodies
 * imply. Plain CRUD with validation at the edge; each command is one transaction.
 */
public final class DirectoryService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Directory directory;
    private final SituationStore situations;
    private final Transactions transactions;

    public DirectoryService(Directory directory, SituationStore situations, Transactions transactions) {
        this.directory = directory;
        this.situations = situations;
        this.transactions = transactions;
    }

    public Directory directory() { return directory; }

    public Outcome<Person> createPerson(JsonNode body) {
        if (body == null || !body.isObject()) return Outcome.invalid("$", "a person must be a JSON object");
        Json f = new Json(body);
        String id = f.id("id", true);
        String name = f.string("name", true, 300);
        String email = f.email("email", true);
        String webhook = f.url("webhook");
        String represents = f.id("represents", false);
        if (!f.ok()) return Outcome.invalid(f.errors());
        Person p = new Person(id, name, email, webhook, represents);
        return transactions.inTransaction(tx -> directory.createPerson(p) ? Outcome.done(p)
                : Outcome.conflict("id", "is already used by another person"));
    }

    public Outcome<Group> createGroup(JsonNode body) {
        if (body == null || !body.isObject()) return Outcome.invalid("$", "a group must be a JSON object");
        Json f = new Json(body);
        String id = f.id("id", true);
        String name = f.string("name", true, 300);
        List<String> members = f.strings("members", false, 1000);
        if (!f.ok()) return Outcome.invalid(f.errors());
        return transactions.inTransaction(tx -> {
            for (int i = 0; i < members.size(); i++) {
                if (directory.person(members.get(i)).isEmpty()) return Outcome.notFound("members[" + i + "]", "names no known person");
            }
            Group g = new Group(id, name, null, members.stream().distinct().toList());
            return directory.createGroup(g) ? Outcome.done(g) : Outcome.conflict("id", "is already used by another group");
        });
    }

    public Outcome<Group> addMembers(String group, JsonNode body) {
        if (body == null || !body.isObject()) return Outcome.invalid("$", "a JSON object with members is expected");
        Json f = new Json(body);
        List<String> members = f.strings("members", true, 1000);
        if (!f.ok()) return Outcome.invalid(f.errors());
        return transactions.inTransaction(tx -> {
            if (directory.group(group).isEmpty()) return Outcome.notFound("group", "names no known group");
            for (int i = 0; i < members.size(); i++) {
                if (directory.person(members.get(i)).isEmpty()) return Outcome.notFound("members[" + i + "]", "names no known person");
            }
            return Outcome.done(directory.addMembers(group, members));
        });
    }

    public Outcome<PositionHolding> assignPosition(String situation, JsonNode body, Instant now) {
        if (body == null || !body.isObject()) return Outcome.invalid("$", "a position must be a JSON object");
        Json f = new Json(body);
        String position = f.id("position", true);
        String person = f.id("person", true);
        Instant from = f.has("from") ? f.instant("from", false) : now;
        Instant until = f.instant("until", false);
        if (from != null && until != null && !until.isAfter(from)) f.error("until", "must be after from");
        if (!f.ok()) return Outcome.invalid(f.errors());
        return transactions.inTransaction(tx -> {
            if (!situations.exists(situation)) return Outcome.notFound("situation", "names no situation known to Tocsin");
            if (directory.person(person).isEmpty()) return Outcome.notFound("person", "names no known person");
            return Outcome.done(directory.assign(new PositionHolding(0, situation, position, person, from, until)));
        });
    }

    /**
     * Creates, for each body in the situation's file, a group of the body's id and one person per
     * member. Idempotent: what exists is kept (a group is completed with members it lacks). Runs in
     * the caller's transaction when there is one.
     */
    public List<Group> registerBodies(Situation situation) {
        List<Body> bodies = Body.parse(JSON.readTree(situation.details()));
        if (bodies.isEmpty()) return List.of();
        return transactions.inTransaction(tx -> {
            List<Group> out = new ArrayList<>();
            for (Body b : bodies) {
                b.people().forEach(directory::createPerson);
                Group g = b.group(situation.id());
                if (!directory.createGroup(g)) g = directory.addMembers(g.id(), g.members());
                out.add(g);
            }
            return out;
        });
    }
}
