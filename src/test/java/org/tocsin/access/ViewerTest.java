package org.tocsin.access;

import org.junit.jupiter.api.Test;
import org.tocsin.distribution.Tlp;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a viewer may see and do follows their grants, situation by situation, and a token's scopes. */
class ViewerTest {

    private static Grant grant(String situation, Role role) { return new Grant("p", situation, role, "t", Instant.EPOCH); }

    @Test
    void rolesHeldInOneSituationGiveNothingInAnother() {
        Viewer v = Viewer.signedIn("p", List.of(grant("rw", Role.ANALYST)), Set.of());
        assertThat(v.can(Permission.INDICATOR_REVIEW, "rw")).isTrue();
        assertThat(v.can(Permission.INDICATOR_REVIEW, "drc")).isFalse();
        assertThat(v.canSomewhere(Permission.INDICATOR_REVIEW)).isTrue();
        assertThat(v.canEverywhere(Permission.INDICATOR_REVIEW)).isFalse();
        assertThat(v.ceiling("drc")).isNull();
    }

    @Test
    void theWidestCeilingOfTheRolesHeldThereApplies() {
        Viewer v = Viewer.signedIn("p", List.of(grant("rw", Role.REPORTER), grant("rw", Role.COUNCIL_MEMBER), grant("bi", Role.REPORTER)), Set.of());
        assertThat(v.ceiling("rw")).isEqualTo(Tlp.AMBER);
        assertThat(v.ceiling("bi")).isEqualTo(Tlp.GREEN);
        assertThat(v.sees("rw", Tlp.AMBER, "someone")).isTrue();
        assertThat(v.sees("rw", Tlp.AMBER_STRICT, "someone")).isFalse();
        assertThat(v.sees("rw", Tlp.RED, "p")).as("one's own submission").isTrue();
        assertThat(v.sees("nowhere", Tlp.CLEAR, "someone")).isTrue();
    }

    @Test
    void theSqlArgumentsListExactlyTheReadablePairsAndGlobalGrantsBecomeLabelsEverywhere() {
        Viewer v = Viewer.signedIn("p", List.of(grant("rw", Role.COMMANDER), grant(Grant.ALL_SITUATIONS, Role.REPORTER)), Set.of());
        var sql = v.sqlVisibility();
        assertThat(sql.pairs()).containsExactlyInAnyOrder("rw|CLEAR", "rw|GREEN", "rw|AMBER", "rw|AMBER+STRICT");
        assertThat(sql.everywhere()).containsExactlyInAnyOrder("CLEAR", "GREEN");
    }

    @Test
    void aPermissionsSqlArgumentsCountOnlyTheRolesThatCarryIt() {
        Viewer v = Viewer.signedIn("p", List.of(grant("rw", Role.ADMIN), grant("rw", Role.REPORTER)), Set.of());
        assertThat(v.sqlVisibility(Permission.SIGNAL_READ).pairs()).containsExactlyInAnyOrder("rw|CLEAR", "rw|GREEN");
        Viewer admin = Viewer.signedIn("a", List.of(grant("rw", Role.ADMIN)), Set.of());
        assertThat(admin.sqlVisibility(Permission.SIGNAL_READ).pairs()).isEmpty();
    }

    @Test
    void aTokensScopesNarrowWhatItsPersonsRolesAllow() {
        Viewer token = new Viewer("p", List.of(grant("rw", Role.ANALYST)), Set.of(), Set.of(Permission.SIGNAL_SUBMIT));
        assertThat(token.can(Permission.SIGNAL_SUBMIT, "rw")).isTrue();
        assertThat(token.can(Permission.INDICATOR_REVIEW, "rw")).isFalse();
        assertThat(token.sqlVisibility(Permission.SIGNAL_READ).pairs()).isEmpty();
        assertThat(Permission.fromScope(Permission.ALERT_DECIDE.scope())).contains(Permission.ALERT_DECIDE);
        assertThat(Permission.ALERT_DECIDE.scope()).isEqualTo("alert:decide");
    }
}
