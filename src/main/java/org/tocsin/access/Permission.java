package org.tocsin.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.tocsin.access.Role.*;

/**
 * What may be done, and by which roles. This table is the authorization policy: every endpoint
 * names one permission (web's {@code @Requires}), and the authorization matrix test walks every
 * endpoint as every role against its own copy of the expected outcome, so a change here that was not
 * meant shows up as a failing row.
 *
 * <p>A permission says a role may <em>attempt</em> the action in a situation where it holds the role;
 * the domain still decides the particular case (only an alert's addressees acknowledge it, only a
 * source's assigned handlers unseal it, only the sender widens a briefing's label), and what is
 * listed is filtered by distribution label ({@link Viewer#ceiling}).
 */
public enum Permission {
    /** See that a situation exists, its level, risk history and explanation (evidence filtered by label). */
    SITUATION_READ(REPORTER, ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR, ADMIN),
    /** Create a situation (global only). */
    SITUATION_CREATE(ADMIN),
    /** Read signals (filtered by label; reporters see the community's and their own). */
    SIGNAL_READ(REPORTER, ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR),
    /** Submit a signal, and ask for indicator suggestions while writing one. */
    SIGNAL_SUBMIT(REPORTER, ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, ADMIN),
    /** Bulk-import a file of signals. */
    SIGNAL_IMPORT(ANALYST, ADMIN),
    /** Confirm or reject suggested indicators. */
    INDICATOR_REVIEW(ANALYST),
    /** See alerts (reporters: only alerts their own signals raised, so they can follow and appeal). */
    ALERT_READ(REPORTER, ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR),
    /** Raise an alert by hand, widen its label (the sender only). */
    ALERT_RAISE(ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER),
    /** Acknowledge or escalate an alert addressed to you. */
    ALERT_HANDLE(ANALYST, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER),
    /** Decide an alert addressed to you. */
    ALERT_DECIDE(COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER),
    /** Appeal a decision on an alert you originated. */
    ALERT_APPEAL(REPORTER, ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER),
    /** Attach a competing assessment to an alert. */
    ASSESSMENT_ADD(ANALYST, COMMANDER, DESK_OFFICER, DECISION_MAKER),
    /** Read a situation's escalation policy. */
    POLICY_READ(ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR, ADMIN),
    /** Change a situation's escalation policy (deadlines, ladder). */
    POLICY_EDIT(DECISION_MAKER, ADMIN),
    /** Read requests for action and the mandate register. */
    REQUEST_READ(ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR),
    /** Ask for action (a raid on an arms cache, protection of an informant, reinforcement). */
    REQUEST_CREATE(ANALYST, COMMANDER, DESK_OFFICER),
    /** Decide a request put to you. */
    REQUEST_DECIDE(DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER),
    /** Read briefings (those sent to you or by you; auditors all). */
    BRIEFING_READ(ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR),
    /** Send a briefing to a body; widen its label (the sender only). */
    BRIEFING_SEND(ANALYST, COMMANDER, DESK_OFFICER, DECISION_MAKER),
    /** Open or acknowledge a briefing you received. */
    BRIEFING_RECEIVE(ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER),
    /** Read determinations, determinations due and obligations. */
    DETERMINATION_READ(ANALYST, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR),
    /** Record a determination (author, co-signer, dissent). */
    DETERMINATION_RECORD(ANALYST, DECISION_MAKER),
    /** Report progress on an obligation that follows a determination. */
    OBLIGATION_UPDATE(COMMANDER, DESK_OFFICER, DECISION_MAKER),
    /** Read the force model, protected sites, impact assessments and proposed changes. */
    FORCE_READ(ANALYST, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR),
    /** Load or edit the force model. */
    FORCE_EDIT(COMMANDER, DESK_OFFICER),
    /** Propose a change that reduces protection (withdrawal, cut, leaving a site); it becomes a request. */
    FORCE_CHANGE(COMMANDER, DESK_OFFICER, DECISION_MAKER),
    /** See registered sources as pseudonyms with their reliability record. */
    SOURCE_READ(ANALYST, SOURCE_HANDLER, AUDITOR),
    /** Register a source, keep its record and its protection requests; unseal (assigned handlers only). */
    SOURCE_HANDLE(SOURCE_HANDLER),
    /** Record a source's reliability grade or a report's outcome. */
    SOURCE_GRADE(ANALYST, SOURCE_HANDLER),
    /** Read the journal, its verification and the who-knew report. */
    JOURNAL_READ(AUDITOR, DECISION_MAKER),
    /** See people, groups and who holds which position. */
    DIRECTORY_READ(ANALYST, SOURCE_HANDLER, COMMANDER, DESK_OFFICER, DECISION_MAKER, COUNCIL_MEMBER, AUDITOR, ADMIN),
    /** Create people and groups, assign positions, create accounts, grant roles (global). */
    DIRECTORY_EDIT(ADMIN),
    /** See deliveries held for a disclosure conflict, and release one by a recorded decision. */
    DELIVERY_OVERRIDE(DESK_OFFICER, DECISION_MAKER),
    /** The notification outbox's state (operations). */
    OPERATIONS_READ(AUDITOR, ADMIN);

    private final EnumSet<Role> roles;

    Permission(Role... roles) {
        this.roles = EnumSet.noneOf(Role.class);
        this.roles.addAll(Arrays.asList(roles));
    }

    /** The roles that carry this permission. */
    public Set<Role> roles() { return EnumSet.copyOf(roles); }

    public boolean grantedTo(Role role) { return roles.contains(role); }

    /** {@code signal:submit} — the scope name an API token carries. */
    public String scope() {
        String n = name().toLowerCase(Locale.ROOT);
        int i = n.indexOf('_');
        return n.substring(0, i) + ":" + n.substring(i + 1).replace('_', '-');
    }

    public static Optional<Permission> fromScope(String scope) {
        return Arrays.stream(values()).filter(p -> p.scope().equals(scope)).findFirst();
    }
}
