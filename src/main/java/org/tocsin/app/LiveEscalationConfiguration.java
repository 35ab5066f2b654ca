package org.tocsin.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tocsin.decision.DeterminationDue;
import org.tocsin.decision.DeterminationService;
import org.tocsin.escalation.AlertService;
import org.tocsin.escalation.Severity;
import org.tocsin.escalation.RequestService;
import org.tocsin.fusion.FusionService;
import org.tocsin.intake.Channel;
import org.tocsin.intake.IntakeService;
import org.tocsin.protection.ImpactAssessment;
import org.tocsin.protection.ProtectionAlerts;
import org.tocsin.protection.RecordedChange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Connects live intake and fusion to escalation, inside the transaction that stored the change:
 * a rise of a situation's level raises an alert; a signal flagged critical raises one; a signal that
 * carries a request for action, or a decision on one, enters the register.
 *
 * <p>Only what happens now escalates. A level change assessed on a past day (a situation whose watch
 * has ended, such as the historical Rwanda demo) and signals from bulk files are history: their
 * deadlines would have passed decades ago and would fire at once. What the policy would have done
 * with them is shown by {@code tocsin replay}, on a simulated clock.
 */
@Configuration(proxyBeanMethods = false)
public class LiveEscalationConfiguration {

    /** Signals written by people now (not bulk files of past events). */
    private static final Set<Channel> LIVE = Set.of(Channel.API, Channel.WEB_FORM);

    /** A marker bean whose creation registers the listeners. */
    public record Wired() {}

    @Bean
    Wired liveEscalation(FusionService fusion, IntakeService intake, AlertService alerts, RequestService requests, Clock clock) {
        fusion.addListener((situation, from, to, assessment, at) -> {
            if (assessment.at().isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) return;
            alerts.raiseForLevelChange(situation, from.name(), to.name(),
                    assessment.explanation().drivers().stream().map(d -> d.key().id()).toList(),
                    assessment.explanation().levelReason(), at);
        });
        intake.addListener(signal -> {
            if (!LIVE.contains(signal.receipt().channel())) return;
            if (signal.isRequest() || signal.isDecision()) requests.onSignal(signal);
            if (signal.critical()) alerts.raiseForCriticalSignal(signal);
        });
        return new Wired();
    }

    /**
     * A determination that falls due (serious risk of genocide, genocide, crimes against humanity, war
     * crimes) is an alert that climbs until a determination of any outcome is recorded, which closes it.
     */
    @Bean
    Wired determinationsEscalate(DeterminationService determinations, AlertService alerts, Clock clock) {
        determinations.addListener(new DeterminationService.DueListener() {
            @Override
            public void opened(DeterminationDue due) {
                if (due.asOf().isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) return; // history: see replay
                Severity severity = due.type().startsWith("GENOCIDE") ? Severity.EMERGENCY
                        : due.type().equals("SERIOUS_RISK_OF_GENOCIDE") ? Severity.CRITICAL : Severity.HIGH;
                alerts.raiseForDeterminationDue(due.situation(), due.id(), due.type(), severity, due.reason(),
                        due.evidence().stream().map(t -> t.key().id()).toList(), due.deadline(), due.openedAt());
            }

            @Override
            public void closed(DeterminationDue due) {
                if (due.state() instanceof DeterminationDue.State.Closed c) {
                    alerts.closeForRecordedDetermination(due.situation(), due.id(), c.determination(), "system:determinations",
                            c.closedAt());
                }
            }
        });
        return new Wired();
    }

    /**
     * Changes that reduce protection are decisions for the deciding body, with the impact attached;
     * an order that leaves a protected site is a critical alert the moment it is given.
     */
    @Bean
    ProtectionAlerts protectionAlerts(AlertService alerts) {
        return new ProtectionAlerts() {
            @Override
            public void siteLeft(RecordedChange change, ImpactAssessment impact) {
                raise(change, true);
            }

            @Override
            public void reductionProposed(RecordedChange change, ImpactAssessment impact) {
                raise(change, false);
            }

            private void raise(RecordedChange change, boolean leavesSite) {
                var c = change.change();
                alerts.raiseForProtectionChange(c.situation(), leavesSite, change.subject(), change.impactText(), c.proposedBy(),
                        c.occurredAt());
            }
        };
    }
}
