package org.tocsin.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.tocsin.common.Parsed;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.ImportReport;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.format.ImportFormat;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationParser;
import org.tocsin.situation.SituationStore;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.tocsin.access.AccountService;
import org.tocsin.access.Directory;
import org.tocsin.access.Grant;
import org.tocsin.access.Person;
import org.tocsin.access.PositionHolding;
import org.tocsin.access.Role;
import org.tocsin.web.console.DemoAccounts;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Loads the historical Rwanda 1993–94 case on first start with the embedded store, so the first
 * thing a newcomer sees is real content. {@code tocsin.demo} = auto (embedded store only), on, off.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String SITUATION = "rwanda-1993-1994";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SituationStore situations;
    private final ImportService imports;
    private final StoreConfiguration.StoreMode store;
    private final Clock clock;
    private final String mode;

    private final Directory directory;
    private final AccountService accounts;

    DemoData(SituationStore situations, ImportService imports, StoreConfiguration.StoreMode store, Clock clock,
             @Value("${tocsin.demo:auto}") String mode, Directory directory, AccountService accounts) {
        this.directory = directory;
        this.accounts = accounts;
        this.situations = situations;
        this.imports = imports;
        this.store = store;
        this.clock = clock;
        this.mode = mode;
    }

    boolean enabled() {
        return switch (mode) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> store.embedded();
        };
    }

    /**
     * The demo accounts' shared password: published (README, sign-in page, start-up log), which is
     * why production mode refuses to start while any demo account exists.
     */
    static final String DEMO_PASSWORD = "tocsin-demo-1994";

    /** One person per role, holding the Rwanda situation's escalation positions where the role has one. */
    record DemoPerson(String id, String name, String position, Role... roles) {}

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("reporter", "Demo field reporter (NGO monitor)", null, Role.REPORTER),
            new DemoPerson("analyst", "Demo mission analyst", "mission-analyst", Role.ANALYST),
            new DemoPerson("handler", "Demo source handler", null, Role.SOURCE_HANDLER),
            new DemoPerson("commander", "Demo force commander / head of mission", "head-of-mission", Role.COMMANDER),
            new DemoPerson("desk-officer", "Demo headquarters desk officer", "headquarters-desk", Role.DESK_OFFICER),
            new DemoPerson("decision-maker", "Demo Under-Secretary-General", "under-secretary", Role.DECISION_MAKER),
            new DemoPerson("un-security-council:NZ", null, null, Role.COUNCIL_MEMBER),
            new DemoPerson("auditor", "Demo auditor", null, Role.AUDITOR),
            new DemoPerson("admin", "Demo administrator", null, Role.ADMIN));

    @Bean
    DemoAccounts demoAccounts() {
        if (!enabled()) return new DemoAccounts(List.of(), "");
        return new DemoAccounts(PEOPLE.stream().map(p -> new DemoAccounts.Account(p.id(),
                java.util.Arrays.stream(p.roles()).map(Role::wire).collect(java.util.stream.Collectors.joining(", ")))).toList(), DEMO_PASSWORD);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) return;
        if (!situations.exists(SITUATION)) loadCase();
        createAccounts();
    }

    /** Accounts, grants and positions of the demo people; each created once, so a restart changes nothing. */
    private void createAccounts() {
        Instant at = clock.instant();
        Instant watchFrom = situations.find(SITUATION).map(s -> s.watchFrom().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()).orElse(at);
        for (DemoPerson p : PEOPLE) {
            if (p.name() != null) directory.createPerson(new Person(p.id(), p.name(), null, null, null));
            if (directory.person(p.id()).isEmpty() || accounts.account(p.id()).isPresent()) continue;
            accounts.createAccount(p.id(), DEMO_PASSWORD, true, "demo", at);
            for (Role r : p.roles()) {
                accounts.grant(p.id(), r == Role.ADMIN ? Grant.ALL_SITUATIONS : SITUATION, r, "demo", at);
            }
            if (p.position() != null) directory.assign(new PositionHolding(0, SITUATION, p.position(), p.id(), watchFrom, null));
        }
        log.info("Demo accounts (password {}): {}. Sign in at /login. Production mode refuses to start while they exist.",
                DEMO_PASSWORD, PEOPLE.stream().map(DemoPerson::id).toList());
    }

    private void loadCase() {
        try (InputStream situationFile = resource(SITUATION + ".situation.json");
             InputStream caseFile = resource(SITUATION + ".jsonl")) {
            var parsed = new SituationParser().parse(JsonMapper.builder().build().readTree(situationFile), clock.instant(), "demo");
            if (parsed instanceof Parsed.Ok<Situation> ok) situations.create(ok.value());
            ImportReport report = imports.importStream(
                    new ImportService.Request(SITUATION, ImportFormat.CASE, false, Tlp.CLEAR, "demo"), caseFile);
            log.info("Demo data: situation {} loaded from the historical case file: {}", SITUATION, report.summary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DemoData.class.getResourceAsStream("/demo/" + name);
        if (in == null) throw new IllegalStateException("missing demo resource " + name);
        return in;
    }
}
