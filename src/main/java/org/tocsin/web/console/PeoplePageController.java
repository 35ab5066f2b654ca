package org.tocsin.web.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.access.AccountService;
import org.tocsin.access.Directory;
import org.tocsin.access.Grant;
import org.tocsin.access.Outcome;
import org.tocsin.access.Permission;
import org.tocsin.access.Person;
import org.tocsin.access.Role;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationId;
import org.tocsin.situation.SituationStore;
import org.tocsin.web.security.Requires;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The directory for administrators: every person with the roles they hold and whether they can sign
 * in; granting and revoking a role in a situation (or in every situation), and creating an account
 * with a first password. Every change goes through {@link AccountService}, which journals it
 * ({@code permission.granted}, {@code permission.revoked}, {@code account.created}) under the name of
 * the administrator who made it.
 */
@Controller
class PeoplePageController {

    /** A person in the directory, with their grants and whether they have a password account. */
    record PersonRow(Person person, List<Grant> grants, boolean account) {}

    /** The grant form as sent, to show again with its errors. */
    record GrantForm(String situation, String role) {
        static GrantForm blank() { return new GrantForm("", ""); }
    }

    static final Set<String> GRANT_FIELDS = Set.of("situation", "role");
    static final Set<String> ACCOUNT_FIELDS = Set.of("password");

    private final AccountService accounts;
    private final Directory directory;
    private final SituationStore situations;
    private final Clock clock;

    PeoplePageController(AccountService accounts, Directory directory, SituationStore situations, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.situations = situations;
        this.clock = clock;
    }

    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE)
    @GetMapping("/admin/people")
    String people(Model model) {
        List<PersonRow> rows = directory.people().stream().sorted(Comparator.comparing(Person::id))
                .map(p -> new PersonRow(p, accounts.grants(p.id()), accounts.account(p.id()).isPresent())).toList();
        model.addAttribute("section", Section.ADMIN);
        model.addAttribute("rows", rows);
        model.addAttribute("names", situationNames());
        return "console/people";
    }

    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE)
    @GetMapping("/admin/people/{id}")
    String person(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
        page(model, find(id), GrantForm.blank(), FormErrors.none(), FormErrors.none());
        model.addAttribute("done", done == null ? null : switch (done) {
            case "granted", "revoked", "account" -> done;
            default -> null;
        });
        return "console/person";
    }

    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE)
    @PostMapping("/admin/people/{id}/grants")
    String grant(@PathVariable String id, @RequestParam(required = false) String situation, @RequestParam(required = false) String role,
                 Principal principal, HttpServletResponse response, Model model) {
        Person person = find(id);
        GrantForm form = new GrantForm(situation == null ? "" : situation.strip(), role == null ? "" : role.strip());
        Map<String, List<FormErrors.Message>> errors = new LinkedHashMap<>();
        Role r = checked(form, errors);
        if (errors.isEmpty()) {
            switch (accounts.grant(person.id(), form.situation(), r, principal.getName(), clock.instant())) {
                case Outcome.Done<Grant> d -> {
                    return "redirect:/admin/people/" + person.id() + "?done=granted#grants";
                }
                case Outcome.Conflict<Grant> c -> AccountPageController.error(errors, "role", "people.error.held", c.error().reason());
                case Outcome.Invalid<Grant> invalid -> invalid.errors().forEach(e -> AccountPageController.error(errors, FormErrors.GENERAL, null, e.reason()));
                case Outcome.NotFound<Grant> nf -> throw new NotFound("error.person");
                case Outcome.Forbidden<Grant> f -> AccountPageController.error(errors, FormErrors.GENERAL, null, f.error().reason());
            }
        }
        response.setStatus(422);
        page(model, person, form, new FormErrors(errors), FormErrors.none());
        model.addAttribute("done", null);
        return "console/person";
    }

    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE)
    @PostMapping("/admin/people/{id}/grants/revoke")
    String revoke(@PathVariable String id, @RequestParam(required = false) String situation, @RequestParam(required = false) String role,
                  Principal principal, HttpServletResponse response, Model model) {
        Person person = find(id);
        GrantForm form = new GrantForm(situation == null ? "" : situation.strip(), role == null ? "" : role.strip());
        Map<String, List<FormErrors.Message>> errors = new LinkedHashMap<>();
        Role r = checked(form, errors);
        if (errors.isEmpty()) {
            switch (accounts.revoke(person.id(), form.situation(), r, principal.getName(), clock.instant())) {
                case Outcome.Done<Grant> d -> {
                    return "redirect:/admin/people/" + person.id() + "?done=revoked#grants";
                }
                // revoked meanwhile, by someone else: said, not an error page
                case Outcome.NotFound<Grant> nf -> AccountPageController.error(errors, FormErrors.GENERAL, "people.error.notHeld", nf.error().reason());
                case Outcome.Conflict<Grant> c -> AccountPageController.error(errors, FormErrors.GENERAL, null, c.error().reason());
                case Outcome.Invalid<Grant> invalid -> invalid.errors().forEach(e -> AccountPageController.error(errors, FormErrors.GENERAL, null, e.reason()));
                case Outcome.Forbidden<Grant> f -> AccountPageController.error(errors, FormErrors.GENERAL, null, f.error().reason());
            }
        }
        response.setStatus(422);
        page(model, person, GrantForm.blank(), new FormErrors(errors), FormErrors.none());
        model.addAttribute("done", null);
        return "console/person";
    }

    @Requires(value = Permission.DIRECTORY_EDIT, from = Requires.From.EVERYWHERE)
    @PostMapping("/admin/people/{id}/account")
    String createAccount(@PathVariable String id, @RequestParam(required = false) String password,
                         Principal principal, HttpServletResponse response, Model model) {
        Person person = find(id);
        Map<String, List<FormErrors.Message>> errors = new LinkedHashMap<>();
        switch (accounts.createAccount(person.id(), password, false, principal.getName(), clock.instant())) {
            case Outcome.Done<?> d -> {
                return "redirect:/admin/people/" + person.id() + "?done=account#account";
            }
            case Outcome.Invalid<?> invalid -> invalid.errors().forEach(e -> AccountPageController.error(errors, "password",
                    e.reason().startsWith("must be at least") ? "account.error.short"
                            : e.reason().startsWith("must be at most") ? "account.error.long" : "account.error.id", e.reason(), AccountService.MIN_PASSWORD));
            case Outcome.Conflict<?> c -> AccountPageController.error(errors, "password", "people.error.hasAccount", c.error().reason());
            case Outcome.NotFound<?> nf -> throw new NotFound("error.person");
            case Outcome.Forbidden<?> f -> AccountPageController.error(errors, FormErrors.GENERAL, null, f.error().reason());
        }
        response.setStatus(422);
        page(model, person, GrantForm.blank(), FormErrors.none(), new FormErrors(errors));
        model.addAttribute("done", null);
        return "console/person";
    }

    // ---- building the pages ---------------------------------------------------------------------

    private Role checked(GrantForm form, Map<String, List<FormErrors.Message>> errors) {
        if (!(Grant.ALL_SITUATIONS.equals(form.situation()) || (SituationId.valid(form.situation()) && situations.find(form.situation()).isPresent()))) {
            AccountPageController.error(errors, "situation", "error.choice", "is not one of the choices offered");
        }
        Role r = Role.parse(form.role()).orElse(null);
        if (r == null) AccountPageController.error(errors, "role", "error.choice", "is not one of the choices offered");
        return r;
    }

    private void page(Model model, Person person, GrantForm form, FormErrors grantErrors, FormErrors accountErrors) {
        List<Grant> grants = new ArrayList<>(accounts.grants(person.id()));
        grants.sort(Comparator.comparing((Grant g) -> !Grant.ALL_SITUATIONS.equals(g.situation())).thenComparing(Grant::situation)
                .thenComparing(Grant::role));
        model.addAttribute("section", Section.ADMIN);
        model.addAttribute("person", person);
        model.addAttribute("grants", grants);
        model.addAttribute("hasAccount", accounts.account(person.id()).isPresent());
        model.addAttribute("names", situationNames());
        model.addAttribute("situations", situations.list().stream().sorted(Comparator.comparing(Situation::name)).toList());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::wire).toList());
        model.addAttribute("form", form);
        model.addAttribute("grantErrors", grantErrors);
        model.addAttribute("accountErrors", accountErrors);
        model.addAttribute("minPassword", AccountService.MIN_PASSWORD);
    }

    private Map<String, String> situationNames() {
        return situations.list().stream().collect(Collectors.toMap(Situation::id, Situation::name, (a, b) -> a));
    }

    private Person find(String id) {
        return directory.person(id).orElseThrow(() -> new NotFound("error.person"));
    }
}
