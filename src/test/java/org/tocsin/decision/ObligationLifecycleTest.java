package org.tocsin.decision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ObligationLifecycleTest {

    static final Instant T0 = Instant.parse("1994-01-11T00:00:00Z");

    static ObligationItem prevent() {
        return ObligationItem.open("rwanda", Findings.CATALOGUE.obligation("OBL-GC-PREVENT").orElseThrow(), 1, T0);
    }

    static ObligationItem after(ObligationItem item, ObligationState.Step step, String rationale) {
        return switch (item.step(step)) {
            case ObligationState.Transition.Moved m -> item.after(m.next(),
                    new ObligationUpdate(item.state().wire(), m.next().wire(), rationale, "desk-officer", item.owner(), T0, T0));
            case ObligationState.Transition.Refused r -> throw new AssertionError(r.reason());
        };
    }

    @Test
    void theDutyToPreventIsOpenedWithItsOwnerAndADueDateFromTheCatalogue() {
        ObligationItem item = prevent();

        assertThat(item.state()).isInstanceOf(ObligationState.Open.class);
        assertThat(item.owner()).isEqualTo("headquarters-desk");
        assertThat(item.dueAt()).isEqualTo(T0.plusSeconds(2 * 86_400));
        assertThat(item.overdue(T0.plusSeconds(3 * 86_400))).isTrue();
    }

    @Test
    void progressIsRecordedWithItsRationaleAndTheItemStopsBeingOverdue() {
        ObligationItem item = after(prevent(), ObligationState.Step.IN_PROGRESS, "raid on the arms caches requested of the Council");

        assertThat(item.state().wire()).isEqualTo("in_progress");
        assertThat(item.history()).singleElement().satisfies(u -> {
            assertThat(u.from()).isEqualTo("open");
            assertThat(u.rationale()).contains("arms caches");
        });
        assertThat(item.overdue(T0.plusSeconds(30 * 86_400))).isFalse();
    }

    @ParameterizedTest(name = "{0} then {1}: refused naming the state")
    @CsvSource({"DISCHARGED, DISCHARGED, discharged", "DISCHARGED, DECLINED, discharged", "DECLINED, DISCHARGED, declined"})
    void aClosedObligationMustBeReopenedBeforeItIsClosedAgain(ObligationState.Step first, ObligationState.Step second, String state) {
        ObligationItem closed = after(prevent(), first, "done");

        assertThat(closed.step(second)).isInstanceOfSatisfying(ObligationState.Transition.Refused.class,
                r -> assertThat(r.reason()).contains("is " + state));
    }

    @Test
    void aDeclinedObligationCanBeReopened() {
        ObligationItem reopened = after(after(prevent(), ObligationState.Step.DECLINED, "outside the mandate"),
                ObligationState.Step.IN_PROGRESS, "taken to the mandating body");

        assertThat(reopened.state().active()).isTrue();
        assertThat(reopened.history()).extracting(ObligationUpdate::to).containsExactly("declined", "in_progress");
    }
}
