package org.tocsin.web;

import org.tocsin.access.Permission;
import org.tocsin.web.security.Requires;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tocsin.access.DirectoryService;
import org.tocsin.situation.SituationStore;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** People, groups and positions: plain CRUD. */
@RestController
class DirectoryController {

    private static final int MAX = 1 << 20;

    private final DirectoryService directory;
    private final SituationStore situations;
    private final Clock clock;

    private final org.tocsin.web.security.Guard guard;

    DirectoryController(DirectoryService directory, SituationStore situations, Clock clock, org.tocsin.web.security.Guard guard) {
        this.guard = guard;
        this.directory = directory;
        this.situations = situations;
        this.clock = clock;
    }

    @Requires(value = Permission.DIRECTORY_READ, from = Requires.From.SOMEWHERE, name = "id")
    @GetMapping("/api/people")
    List<Map<String, Object>> people(HttpServletRequest request) {
        boolean admin = guard.viewer(request).canEverywhere(Permission.DIRECTORY_EDIT);
        return directory.directory().people().stream().map(p -> shown(p, admin)).toList();
    }

    /**
     * A webhook URL is a machine credential's address (it often carries a token in its path): only
     * those who keep the directory see it; everyone else learns only that one is set.
     */
    private static Map<String, Object> shown(org.tocsin.access.Person p, boolean admin) {
        Map<String, Object> m = EscalationJson.person(p);
        if (!admin && p.webhook() != null) m.put("webhook", "(set)");
        return m;
    }

    @Requires(value = Permission.DIRECTORY_READ, from = Requires.From.SOMEWHERE, name = "id")
    @GetMapping("/api/people/{id}")
    Map<String, Object> person(@PathVariable String id, HttpServletRequest request) {
        boolean admin = guard.viewer(request).canEverywhere(Permission.DIRECTORY_EDIT);
        return directory.directory().person(id).map(p -> shown(p, admin))
                .orElseThrow(() -> EscalationJson.notFound("id", "names no known person"));
    }

    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE, name = "id")
    @PostMapping("/api/people")
    ResponseEntity<Object> createPerson(HttpServletRequest request) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        return EscalationJson.created(directory.createPerson(body), p -> "/api/people/" + p.id(), EscalationJson::person);
    }

    @Requires(value = Permission.DIRECTORY_READ, from = Requires.From.SOMEWHERE, name = "id")
    @GetMapping("/api/groups")
    List<Map<String, Object>> groups() {
        return directory.directory().groups().stream().map(EscalationJson::group).toList();
    }

    @Requires(value = Permission.DIRECTORY_READ, from = Requires.From.SOMEWHERE, name = "id")
    @GetMapping("/api/groups/{id}")
    Map<String, Object> group(@PathVariable String id) {
        return directory.directory().group(id).map(EscalationJson::group)
                .orElseThrow(() -> EscalationJson.notFound("id", "names no known group"));
    }

    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE, name = "id")
    @PostMapping("/api/groups")
    ResponseEntity<Object> createGroup(HttpServletRequest request) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        return EscalationJson.created(directory.createGroup(body), g -> "/api/groups/" + g.id(), EscalationJson::group);
    }

    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE, name = "id")
    @PostMapping("/api/groups/{id}/members")
    ResponseEntity<Object> addMembers(@PathVariable String id, HttpServletRequest request) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        return EscalationJson.ok(directory.addMembers(id, body), EscalationJson::group);
    }

    @Requires(Permission.DIRECTORY_READ)
    @GetMapping("/api/situations/{id}/positions")
    List<Map<String, Object>> positions(@PathVariable String id) {
        if (!situations.exists(id)) throw SituationController.notFound(id);
        return directory.directory().positions(id).stream().map(EscalationJson::position).toList();
    }

    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE, name = "id")
    @PostMapping("/api/situations/{id}/positions")
    ResponseEntity<Object> assign(@PathVariable String id, HttpServletRequest request) throws IOException {
        var body = JsonBody.read(request.getInputStream(), request.getContentLengthLong(), MAX);
        return EscalationJson.created(directory.assignPosition(id, body, clock.instant()),
                h -> "/api/situations/" + id + "/positions", EscalationJson::position);
    }
}
