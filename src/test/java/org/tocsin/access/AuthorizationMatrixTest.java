package org.tocsin.access;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.access.Role.*;

/**
 * Every endpoint, called as every role (each held in one situation only), as a signed-in person
 * with no role, and anonymously, against the table below — the test's own statement of who may do
 * what, kept apart from the code's {@link Permission} so that a change to either shows here.
 *
 * <p>"Allowed" means the role gets past authorization: the answer may still be 404 or 422 or a
 * domain refusal (only an alert's addressee acknowledges it). "Denied" means 403 with a
 * {@code permission} in the problem body. Anonymous callers get 401, except on public endpoints.
 * An endpoint with no row fails {@link #everyEndpointHasARow()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends IntegrationTest {

    // ---- the expected policy, written out independently of Permission --------------------------
    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> STAFF_READ = EnumSet.of(REPORTER, ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR);
    static final Set<Role> NOT_REPORTER = EnumSet.complementOf(EnumSet.of(REPORTER));
    static final Set<Role> INSIDERS = EnumSet.of(ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR);
    static final Set<Role> SUBMIT = EnumSet.of(REPORTER, ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, ADMIN);
    static final Set<Role> IMPORT = EnumSet.of(ANALYST, ADMIN);
    static final Set<Role> REVIEW = EnumSet.of(ANALYST);
    static final Set<Role> RAISE = EnumSet.of(ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER);
    static final Set<Role> HANDLE = EnumSet.of(ANALYST, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER);
    static final Set<Role> DECIDE = EnumSet.of(COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER);
    static final Set<Role> APPEAL = EnumSet.of(REPORTER, ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER);
    static final Set<Role> ASSESS = EnumSet.of(ANALYST, COMMANDER, DESK_OFFICER, DECISION_MAKER);
    static final Set<Role> POLICY_EDIT = EnumSet.of(DECISION_MAKER, ADMIN);
    static final Set<Role> REQUEST_CREATE = EnumSet.of(ANALYST, COMMANDER, DESK_OFFICER);
    static final Set<Role> REQUEST_DECIDE = EnumSet.of(DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER);
    static final Set<Role> BRIEF = EnumSet.of(ANALYST, COMMANDER, DESK_OFFICER, DECISION_MAKER);
    static final Set<Role> RECEIVE = EnumSet.of(ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER);
    static final Set<Role> DET_READ = EnumSet.of(ANALYST, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR);
    static final Set<Role> DET_RECORD = EnumSet.of(ANALYST, DECISION_MAKER);
    static final Set<Role> OBLIGATION = EnumSet.of(COMMANDER, DESK_OFFICER, DECISION_MAKER);
    static final Set<Role> FORCE_READ = DET_READ;
    static final Set<Role> FORCE_EDIT = EnumSet.of(COMMANDER, DESK_OFFICER);
    static final Set<Role> FORCE_CHANGE = EnumSet.of(COMMANDER, DESK_OFFICER, DECISION_MAKER);
    static final Set<Role> SOURCE_READ = EnumSet.of(ANALYST, SOURCE_HANDLER, AUDITOR);
    static final Set<Role> SOURCE_HANDLE = EnumSet.of(SOURCE_HANDLER);
    static final Set<Role> SOURCE_GRADE = EnumSet.of(ANALYST, SOURCE_HANDLER);
    static final Set<Role> JOURNAL = EnumSet.of(AUDITOR, DECISION_MAKER);
    static final Set<Role> OVERRIDE = EnumSet.of(DESK_OFFICER, DECISION_MAKER);
    static final Set<Role> OPERATIONS = EnumSet.of(AUDITOR, ADMIN);
    static final Set<Role> ADMIN_ONLY = EnumSet.of(ADMIN);
    /** Signed-in, whatever the roles (and with none). */
    static final Set<Role> SIGNED_IN = null;
    /** Anyone, even anonymous. */
    static final Set<Role> PUBLIC = EnumSet.noneOf(Role.class);

    record Row(String method, String pattern, String path, String body, Set<Role> allowed) {
        boolean isPublic() { return allowed == PUBLIC; }
    }

    String s;
    String signal;
    long alert;
    long request;
    long briefing;
    String group;
    final Map<Role, Api> callers = new LinkedHashMap<>();
    Api noRole;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeAll
    void fixtures() {
        s = uniqueSituation("matrix");
        createSituation(s);
        var sig = api().post("/api/signals", """
                {"situation": "%s", "id": "m-1", "kind": "field_report", "source": "test", "source_type": "un_field", "reliability": "B",
                 "credibility": "2", "date": "1994-01-11", "summary": "Arms caches for the militia", "label": "GREEN"}""".formatted(s));
        assertThat(sig.status()).as(sig.body()).isEqualTo(201);
        signal = sig.json().path("uid").asString();
        var a = api().post("/api/alerts", """
                {"situation": "%s", "severity": "critical", "explanation": "Matrix fixture", "label": "GREEN"}""".formatted(s));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        alert = a.json().path("id").asLong();
        var r = api().post("/api/requests", """
                {"situation": "%s", "action": "raid the arms cache", "wanted_by": "2099-01-01"}""".formatted(s));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        request = r.json().path("id").asLong();
        List<String> members = new ArrayList<>(List.of(SUPERUSER));
        for (Role role : Role.values()) {
            String person = "mx-" + role.wire() + "-" + s;
            // an administrator is an installation role: granted for every situation
            callers.put(role, role == ADMIN ? as(person, Grant.ALL_SITUATIONS, ADMIN) : as(person, s, role));
            members.add(person);
        }
        noRole = as("mx-none-" + s, s);
        // every caller is a member of the body briefed, so that opening the briefing is refused by role only, never
        // because the caller is not a recipient (the console answers that domain refusal with a 403 page too)
        group = "matrix-body-" + s;
        var g = admin().post("/api/groups", """
                {"id": "%s", "name": "Matrix body", "members": %s}""".formatted(group, Api.JSON.writeValueAsString(members)));
        assertThat(g.status()).as(g.body()).isEqualTo(201);
        var b = api().post("/api/briefings", """
                {"situation": "%s", "group": "%s", "title": "Matrix", "text": "Briefing fixture", "label": "GREEN"}""".formatted(s, group));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        briefing = b.json().path("id").asLong();
    }

    List<Row> rows() {
        String al = "/api/alerts/" + alert, rq = "/api/requests/" + request, br = "/api/briefings/" + briefing;
        String sit = "/api/situations/" + s, sg = "/api/signals/" + signal;
        String alertBody = "{\"situation\": \"%s\", \"severity\": \"high\", \"explanation\": \"x\", \"label\": \"GREEN\"}".formatted(s);
        List<Row> r = new ArrayList<>();
        // situations, signals, tagging, imports
        r.add(new Row("POST", "/api/situations", "/api/situations", "{\"id\": \"mx-new-" + s + "\", \"name\": \"x\", \"country\": \"RW\"}", ADMIN_ONLY));
        r.add(new Row("GET", "/api/situations", "/api/situations", null, SIGNED_IN));
        r.add(new Row("GET", "/api/situations/{id}", sit, null, ALL));
        r.add(new Row("POST", "/api/signals", "/api/signals", """
                {"situation": "%s", "kind": "field_report", "source": "t", "source_type": "un_field", "reliability": "C", "credibility": "3",
                 "date": "1994-01-12", "summary": "matrix submit"}""".formatted(s), SUBMIT));
        r.add(new Row("GET", "/api/signals/{uid}", sg, null, STAFF_READ));
        r.add(new Row("GET", "/api/signals", "/api/signals?situation=" + s, null, STAFF_READ));
        r.add(new Row("POST", "/api/tagging/suggest", "/api/tagging/suggest", "{\"text\": \"machetes distributed\"}", SUBMIT));
        r.add(new Row("GET", "/api/signals/{uid}/suggestions", sg + "/suggestions", null, STAFF_READ));
        r.add(new Row("POST", "/api/signals/{uid}/suggestions/{code}/confirm", sg + "/suggestions/RF07/confirm", "{}", REVIEW));
        r.add(new Row("POST", "/api/signals/{uid}/suggestions/{code}/reject", sg + "/suggestions/RF07/reject", "{}", REVIEW));
        r.add(new Row("POST", "/api/imports", "/api/imports?situation=" + s + "&format=case", "", IMPORT));

        r.add(new Row("GET", "/api/taxonomy", "/api/taxonomy", null, SIGNED_IN));
        r.add(new Row("GET", "/api/situations/{id}/risk", sit + "/risk", null, ALL));
        r.add(new Row("GET", "/api/situations/{id}/risk/history", sit + "/risk/history", null, ALL));
        // alerts and policy
        r.add(new Row("GET", "/api/alerts", "/api/alerts?situation=" + s, null, STAFF_READ));
        r.add(new Row("GET", "/api/alerts/{id}", al, null, STAFF_READ));
        r.add(new Row("POST", "/api/alerts", "/api/alerts", alertBody, RAISE));
        r.add(new Row("POST", "/api/alerts/{id}/acknowledge", al + "/acknowledge", "{}", HANDLE));
        r.add(new Row("POST", "/api/alerts/{id}/decisions", al + "/decisions", "{\"outcome\": \"deferred\", \"rationale\": \"m\"}", DECIDE));
        r.add(new Row("POST", "/api/alerts/{id}/appeal", al + "/appeal", "{\"position\": \"m\"}", APPEAL));
        r.add(new Row("POST", "/api/alerts/{id}/escalate", al + "/escalate", "{\"reason\": \"m\"}", HANDLE));
        r.add(new Row("POST", "/api/alerts/{id}/assessments", al + "/assessments", "{\"assessment\": \"m\"}", ASSESS));
        r.add(new Row("POST", "/api/alerts/{id}/label", al + "/label", "{\"label\": \"GREEN\"}", RAISE));
        r.add(new Row("GET", "/api/situations/{id}/escalation-policy", sit + "/escalation-policy", null, NOT_REPORTER));
        r.add(new Row("PUT", "/api/situations/{id}/escalation-policy", sit + "/escalation-policy", "{}", POLICY_EDIT));
        // requests and mandate
        r.add(new Row("GET", "/api/requests", "/api/requests?situation=" + s, null, INSIDERS));
        r.add(new Row("GET", "/api/requests/{id}", rq, null, INSIDERS));
        r.add(new Row("POST", "/api/requests", "/api/requests", "{\"situation\": \"%s\", \"action\": \"m\", \"wanted_by\": \"2099-01-01\"}".formatted(s), REQUEST_CREATE));
        r.add(new Row("POST", "/api/requests/{id}/decisions", rq + "/decisions", "{\"outcome\": \"deferred\", \"rationale\": \"m\"}", REQUEST_DECIDE));
        r.add(new Row("GET", "/api/situations/{id}/mandate", sit + "/mandate", null, INSIDERS));
        // briefings
        r.add(new Row("POST", "/api/briefings", "/api/briefings", "{\"situation\": \"%s\", \"group\": \"%s\", \"title\": \"m\", \"text\": \"m\", \"label\": \"GREEN\"}".formatted(s, group), BRIEF));
        r.add(new Row("GET", "/api/briefings", "/api/briefings?situation=" + s, null, INSIDERS));
        r.add(new Row("GET", "/api/briefings/{id}", br, null, INSIDERS));
        r.add(new Row("POST", "/api/briefings/{id}/open", br + "/open", "{}", RECEIVE));
        r.add(new Row("POST", "/api/briefings/{id}/acknowledge", br + "/acknowledge", "{}", RECEIVE));
        r.add(new Row("POST", "/api/briefings/{id}/label", br + "/label", "{\"label\": \"CLEAR\"}", BRIEF));
        r.add(new Row("GET", "/api/briefings/{id}/receipts", br + "/receipts", null, INSIDERS));
        // deliveries and operations
        r.add(new Row("GET", "/api/deliveries/held", "/api/deliveries/held?situation=" + s, null, OVERRIDE));
        r.add(new Row("POST", "/api/deliveries/{id}/override", "/api/deliveries/999999999/override", "{\"rationale\": \"m\"}", OVERRIDE));
        r.add(new Row("GET", "/api/notifications/outbox", "/api/notifications/outbox", null, OPERATIONS));
        // directory, accounts, tokens
        r.add(new Row("GET", "/api/people", "/api/people", null, NOT_REPORTER));
        r.add(new Row("GET", "/api/people/{id}", "/api/people/" + SUPERUSER, null, NOT_REPORTER));
        r.add(new Row("POST", "/api/people", "/api/people", "{\"id\": \"mx-p-" + System.nanoTime() + "\", \"name\": \"m\"}", ADMIN_ONLY));
        r.add(new Row("GET", "/api/groups", "/api/groups", null, NOT_REPORTER));
        r.add(new Row("GET", "/api/groups/{id}", "/api/groups/" + group, null, NOT_REPORTER));
        r.add(new Row("POST", "/api/groups", "/api/groups", "{\"id\": \"mx-g-" + System.nanoTime() + "\", \"name\": \"m\", \"members\": []}", ADMIN_ONLY));
        r.add(new Row("POST", "/api/groups/{id}/members", "/api/groups/" + group + "/members", "{\"members\": []}", ADMIN_ONLY));
        r.add(new Row("GET", "/api/situations/{id}/positions", sit + "/positions", null, NOT_REPORTER));
        r.add(new Row("POST", "/api/situations/{id}/positions", sit + "/positions", "{}", ADMIN_ONLY));
        r.add(new Row("GET", "/api/me", "/api/me", null, SIGNED_IN));
        r.add(new Row("POST", "/api/me/password", "/api/me/password", "{}", SIGNED_IN));
        r.add(new Row("POST", "/api/people/{id}/account", "/api/people/nobody-" + s + "/account", "{\"password\": \"m\"}", ADMIN_ONLY));
        r.add(new Row("GET", "/api/people/{id}/grants", "/api/people/" + SUPERUSER + "/grants", null, NOT_REPORTER));
        r.add(new Row("POST", "/api/people/{id}/grants", "/api/people/nobody-" + s + "/grants", "{\"situation\": \"%s\", \"role\": \"analyst\"}".formatted(s), ADMIN_ONLY));
        r.add(new Row("POST", "/api/people/{id}/grants/revoke", "/api/people/nobody-" + s + "/grants/revoke", "{\"situation\": \"%s\", \"role\": \"analyst\"}".formatted(s), ADMIN_ONLY));
        r.add(new Row("POST", "/api/tokens", "/api/tokens", "{\"name\": \"m\", \"scopes\": []}", SIGNED_IN));
        r.add(new Row("GET", "/api/tokens", "/api/tokens", null, SIGNED_IN));
        r.add(new Row("POST", "/api/tokens/{id}/revoke", "/api/tokens/999999999/revoke", "{}", SIGNED_IN));
        // determinations
        r.add(new Row("GET", "/api/determination-types", "/api/determination-types", null, SIGNED_IN));
        r.add(new Row("GET", "/api/situations/{id}/determinations", sit + "/determinations", null, DET_READ));
        r.add(new Row("GET", "/api/situations/{id}/determinations/{did}", sit + "/determinations/999999", null, DET_READ));
        r.add(new Row("POST", "/api/situations/{id}/determinations", sit + "/determinations", "{}", DET_RECORD));
        r.add(new Row("GET", "/api/situations/{id}/determinations/due", sit + "/determinations/due", null, DET_READ));
        r.add(new Row("GET", "/api/situations/{id}/obligations", sit + "/obligations", null, DET_READ));
        r.add(new Row("POST", "/api/situations/{id}/obligations/{oid}/progress", sit + "/obligations/999999/progress", "{}", OBLIGATION));
        // force
        String f = sit + "/force";
        r.add(new Row("POST", "/api/situations/{id}/force", f, "{}", FORCE_EDIT));
        r.add(new Row("GET", "/api/situations/{id}/force", f, null, FORCE_READ));
        r.add(new Row("GET", "/api/situations/{id}/force/versions", f + "/versions", null, FORCE_READ));
        r.add(new Row("POST", "/api/situations/{id}/force/edits", f + "/edits", "{}", FORCE_EDIT));
        r.add(new Row("GET", "/api/situations/{id}/force/contingents/{contingent}/strength", f + "/contingents/x/strength", null, FORCE_READ));
        r.add(new Row("GET", "/api/situations/{id}/force/sites/{site}/people", f + "/sites/x/people", null, FORCE_READ));
        r.add(new Row("POST", "/api/situations/{id}/force/impact", f + "/impact", "{}", FORCE_READ));
        r.add(new Row("POST", "/api/situations/{id}/force/changes", f + "/changes", "{}", FORCE_CHANGE));
        r.add(new Row("GET", "/api/situations/{id}/force/changes", f + "/changes", null, FORCE_READ));
        r.add(new Row("GET", "/api/situations/{id}/force/changes/{change}", f + "/changes/999999", null, FORCE_READ));
        // sources
        String src = "/api/sources/no-such-source";
        r.add(new Row("POST", "/api/sources", "/api/sources", "{}", SOURCE_HANDLE));
        r.add(new Row("GET", "/api/sources", "/api/sources", null, SOURCE_READ));
        r.add(new Row("GET", "/api/sources/{id}", src, null, SOURCE_READ));
        r.add(new Row("POST", "/api/sources/{id}/unseal", src + "/unseal", "{\"reason\": \"m\"}", SOURCE_HANDLE));
        r.add(new Row("POST", "/api/sources/{id}/handlers", src + "/handlers", "{}", SOURCE_HANDLE));
        r.add(new Row("DELETE", "/api/sources/{id}/handlers/{person}", src + "/handlers/x", null, SOURCE_HANDLE));
        r.add(new Row("POST", "/api/sources/{id}/reliability", src + "/reliability", "{}", SOURCE_GRADE));
        r.add(new Row("POST", "/api/sources/{id}/report-outcomes", src + "/report-outcomes", "{}", SOURCE_GRADE));
        r.add(new Row("GET", "/api/sources/{id}/protection-requests", src + "/protection-requests", null, SOURCE_READ));
        r.add(new Row("GET", "/api/sources/{id}/protection-requests/{rid}", src + "/protection-requests/x", null, SOURCE_READ));
        r.add(new Row("POST", "/api/sources/{id}/protection-requests", src + "/protection-requests", "{}", SOURCE_HANDLE));
        r.add(new Row("POST", "/api/sources/{id}/protection-requests/{rid}/progress", src + "/protection-requests/x/progress", "{}", SOURCE_HANDLE));
        r.add(new Row("POST", "/api/sources/{id}/protection-requests/{rid}/unseal", src + "/protection-requests/x/unseal", "{}", SOURCE_HANDLE));
        // journal
        r.add(new Row("GET", "/api/situations/{id}/knowledge", sit + "/knowledge", null, JOURNAL));
        r.add(new Row("GET", "/api/journal", "/api/journal?situation=" + s, null, JOURNAL));
        r.add(new Row("GET", "/api/journal/verify", "/api/journal/verify", null, JOURNAL));
        r.add(new Row("GET", "/api/journal/public-key", "/api/journal/public-key", null, PUBLIC));
        r.add(new Row("GET", "/api/cap/alerts", "/api/cap/alerts", null, PUBLIC));
        r.add(new Row("GET", "/api/cap/alerts/{id}", "/api/cap/alerts/" + alert, null, PUBLIC));
        // console pages
        r.add(new Row("GET", "/", "/", null, SIGNED_IN));
        r.add(new Row("GET", "/login", "/login", null, PUBLIC));
        r.add(new Row("GET", "/replay", "/replay", null, SIGNED_IN));
        r.add(new Row("GET", "/situations/{situation}", "/situations/" + s, null, ALL));
        r.add(new Row("GET", "/signals/{uid}", "/signals/" + signal, null, STAFF_READ));
        r.add(new Row("POST", "/signals/{uid}/suggestions/{code}/{decision:confirm|reject}", "/signals/" + signal + "/suggestions/RF07/confirm", "", REVIEW));
        r.add(new Row("GET", "/situations/{situation}/signals/new", "/situations/" + s + "/signals/new", null, SUBMIT));
        r.add(new Row("POST", "/situations/{situation}/signals/new", "/situations/" + s + "/signals/new", "", SUBMIT));
        r.add(new Row("POST", "/situations/{situation}/signals/suggestions", "/situations/" + s + "/signals/suggestions", "", SUBMIT));
        // the alert inbox and the alert page (console); a domain refusal (not an addressee) is a 409 page, not a 403
        String ca = "/alerts/" + alert;
        r.add(new Row("GET", "/alerts", "/alerts", null, STAFF_READ));
        r.add(new Row("GET", "/alerts/{id}", ca, null, STAFF_READ));
        r.add(new Row("POST", "/alerts/{id}/acknowledge", ca + "/acknowledge", "", HANDLE));
        r.add(new Row("POST", "/alerts/{id}/decide", ca + "/decide", "", DECIDE));
        r.add(new Row("POST", "/alerts/{id}/escalate", ca + "/escalate", "", HANDLE));
        r.add(new Row("POST", "/alerts/{id}/appeal", ca + "/appeal", "", APPEAL));
        r.add(new Row("POST", "/alerts/{id}/assessments", ca + "/assessments", "", ASSESS));
        // requests for action and sources (console); a pseudonym nobody holds answers 404 to whoever may ask
        r.add(new Row("GET", "/requests", "/requests?situation=" + s, null, INSIDERS));
        r.add(new Row("GET", "/requests/{id}", "/requests/" + request, null, INSIDERS));
        r.add(new Row("POST", "/requests/{id}/decisions", "/requests/" + request + "/decisions", "", REQUEST_DECIDE));
        String pseudonym = "/sources/SRC-0000-0000";
        r.add(new Row("GET", "/sources", "/sources", null, SOURCE_READ));
        r.add(new Row("GET", "/sources/{pseudonym}", pseudonym, null, SOURCE_READ));
        r.add(new Row("POST", "/sources/{pseudonym}/reveal", pseudonym + "/reveal", "", SOURCE_HANDLE));
        r.add(new Row("POST", "/sources/{pseudonym}/protection-requests/{rid}/progress", pseudonym + "/protection-requests/x/progress", "", SOURCE_HANDLE));
        // determinations and the force (console); an unknown determination answers 404 to whoever may read them
        String cs = "/situations/" + s;
        r.add(new Row("GET", "/situations/{situation}/determinations", cs + "/determinations", null, DET_READ));
        r.add(new Row("GET", "/situations/{situation}/determinations/{id}", cs + "/determinations/999999999", null, DET_READ));
        r.add(new Row("GET", "/situations/{situation}/force", cs + "/force", null, FORCE_READ));
        // briefings (console); the form's situation is checked by the handler, once it has read the form
        String cb = "/briefings/" + briefing;
        r.add(new Row("GET", "/briefings", "/briefings?situation=" + s, null, INSIDERS));
        r.add(new Row("GET", "/briefings/new", "/briefings/new?situation=" + s, null, BRIEF));
        r.add(new Row("POST", "/briefings/new", "/briefings/new?situation=" + s, "", BRIEF));
        r.add(new Row("GET", "/briefings/{id}", cb, null, INSIDERS));
        r.add(new Row("POST", "/briefings/{id}/{action:open|acknowledge}", cb + "/open", "", RECEIVE));
        r.add(new Row("POST", "/briefings/{id}/label", cb + "/label", "", BRIEF));
        // the journal and who knew what (console)
        r.add(new Row("GET", "/journal", "/journal?situation=" + s, null, JOURNAL));
        r.add(new Row("GET", "/journal/knowledge", "/journal/knowledge?situation=" + s, null, JOURNAL));
        // one's own account (console): with a token the password form answers 422, an unknown token 404
        r.add(new Row("GET", "/account", "/account", null, SIGNED_IN));
        r.add(new Row("POST", "/account/password", "/account/password", "", SIGNED_IN));
        r.add(new Row("POST", "/account/tokens", "/account/tokens", "", SIGNED_IN));
        r.add(new Row("POST", "/account/tokens/{id}/revoke", "/account/tokens/999999999/revoke", "", SIGNED_IN));
        // the directory for administrators (console); a person nobody is answers 404 to an administrator
        String nobody = "/admin/people/nobody-" + s;
        r.add(new Row("GET", "/admin/people", "/admin/people", null, ADMIN_ONLY));
        r.add(new Row("GET", "/admin/people/{id}", nobody, null, ADMIN_ONLY));
        r.add(new Row("POST", "/admin/people/{id}/grants", nobody + "/grants", "", ADMIN_ONLY));
        r.add(new Row("POST", "/admin/people/{id}/grants/revoke", nobody + "/grants/revoke", "", ADMIN_ONLY));
        r.add(new Row("POST", "/admin/people/{id}/account", nobody + "/account", "", ADMIN_ONLY));
        return r;
    }

    @Test
    void everyEndpointHasARow() {
        Set<String> covered = new TreeSet<>();
        for (Row row : rows()) covered.add(row.method() + " " + row.pattern());
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getName().startsWith("org.tocsin.")) continue;
            var methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (methods.isEmpty()) missing.add("ANY " + pattern);
                for (var m : methods) if (!covered.contains(m.name() + " " + pattern)) missing.add(m.name() + " " + pattern);
            }
        }
        assertThat(missing).as("endpoints without a row in the authorization matrix: add one").isEmpty();
    }

    @Test
    void everyRoleIsAllowedExactlyWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            for (Role role : Role.values()) {
                boolean expected = row.allowed() == SIGNED_IN || row.isPublic() || row.allowed().contains(role);
                check(row, callers.get(role), role.wire(), expected, wrong);
            }
            check(row, noRole, "(no role)", row.allowed() == SIGNED_IN || row.isPublic(), wrong);
        }
        assertThat(wrong).as("cells of the matrix that disagree with the table").isEmpty();
    }

    @Test
    void anonymousCallersAreAskedToSignInExceptOnPublicEndpoints() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            if (!row.pattern().startsWith("/api/")) continue; // console pages redirect to /login instead
            var response = send(anonymous(), row);
            boolean refused = response.status() == 401;
            if (row.isPublic() == refused) wrong.add(row.method() + " " + row.path() + " → " + response.status());
            if (refused && !"Bearer".equals(response.header("WWW-Authenticate"))) wrong.add(row.path() + " 401 without WWW-Authenticate: Bearer");
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anonymousVisitorsOfConsolePagesAreSentToSignIn() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            if (row.pattern().startsWith("/api/") || row.isPublic() || !row.method().equals("GET")) continue;
            var response = send(anonymous(), row);
            String location = response.header("Location");
            if (response.status() != 302 || location == null || !location.contains("/login")) {
                wrong.add(row.path() + " → " + response.status() + " " + location);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void rolesInOneSituationGiveNothingInAnother() {
        String other = uniqueSituation("matrix-other");
        createSituation(other);
        Api outsider = as("mx-outsider-" + other, other, Role.values());
        for (String path : List.of("/api/alerts/" + alert, "/api/requests/" + request, "/api/briefings/" + briefing,
                "/api/signals/" + signal, "/api/situations/" + s + "/risk", "/situations/" + s, "/signals/" + signal, "/alerts/" + alert)) {
            var response = outsider.get(path);
            assertThat(response.status()).as(path).isEqualTo(403);
        }
        assertThat(outsider.post("/api/alerts/" + alert + "/acknowledge", "{}").status()).isEqualTo(403);
        // the situation named in a body is checked too, not only the one in a path
        for (String[] call : List.of(
                new String[] {"/api/alerts", "{\"situation\": \"%s\", \"severity\": \"high\", \"explanation\": \"x\", \"label\": \"GREEN\"}"},
                new String[] {"/api/requests", "{\"situation\": \"%s\", \"action\": \"m\", \"wanted_by\": \"2099-01-01\"}"},
                new String[] {"/api/briefings", "{\"situation\": \"%s\", \"group\": \"" + group + "\", \"title\": \"m\", \"text\": \"m\", \"label\": \"GREEN\"}"},
                new String[] {"/api/signals", "{\"situation\": \"%s\", \"kind\": \"field_report\", \"source\": \"t\", \"source_type\": \"un_field\", "
                        + "\"reliability\": \"C\", \"credibility\": \"3\", \"date\": \"1994-01-12\", \"summary\": \"m\"}"})) {
            var response = outsider.post(call[0], call[1].formatted(s));
            assertThat(response.status()).as(call[0] + " " + response.body()).isEqualTo(403);
            assertThat(response.json().has("permission")).isTrue();
        }
        assertThat(outsider.get("/api/situations").json().findValuesAsString("id")).doesNotContain(s).contains(other);
    }

    private void check(Row row, Api caller, String who, boolean expected, List<String> wrong) {
        var response = send(caller, row);
        boolean denied = response.status() == 401 || (response.status() == 403 && deniedByRole(response));
        if (denied == expected || response.status() >= 500) {
            wrong.add(row.method() + " " + row.path() + " as " + who + ": expected " + (expected ? "allowed" : "denied")
                    + ", got " + response.status() + " " + abbreviate(response.body()));
        }
    }

    private static boolean deniedByRole(Api.Response response) {
        String type = response.header("Content-Type");
        if (type != null && type.contains("json")) return response.json().has("permission");
        return true; // a console page's 403 is always a role refusal
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static Api.Response send(Api api, Row row) {
        return switch (row.method()) {
            case "GET" -> api.get(row.path());
            case "POST" -> api.post(row.path(), row.body() == null ? "" : row.body());
            case "PUT" -> api.put(row.path(), row.body() == null ? "" : row.body());
            case "DELETE" -> api.delete(row.path());
            default -> throw new IllegalArgumentException(row.method());
        };
    }
}
