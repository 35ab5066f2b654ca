package org.tocsin.protection;

/**
 * The hook through which protection changes reach escalation (alerts, requests for a decision,
 * deliveries to every member of the deciding body). {@link ProtectionService} calls it inside the
 * transaction that records the change, right after the change and its impact are stored and journaled:
 * what an implementation writes commits with the change, and if it fails the change is not recorded
 * (the caller gets an error and nothing is half-written).
 *
 * <p>Which method is called:
 * <ul>
 *   <li>{@link #siteLeft} — critical, at once — for a change already in effect (an order, or a decision
 *       taken) that leaves at least one protected site without its guard: on 11 April 1994 the order to
 *       regroup at the airport, not any later vote, is what exposed the people at the ETO;</li>
 *   <li>{@link #reductionProposed} for everything else: a proposal awaiting a decision (whatever it would
 *       do), or an effective change that leaves no site — still a decision that reduces protection, to be
 *       put before the deciding body with its impact.</li>
 * </ul>
 */
public interface ProtectionAlerts {

    void siteLeft(RecordedChange change, ImpactAssessment impact);

    void reductionProposed(RecordedChange change, ImpactAssessment impact);

    /** Does nothing: until escalation implements the hook, changes are recorded and journaled only. */
    ProtectionAlerts NONE = new ProtectionAlerts() {
        @Override
        public void siteLeft(RecordedChange change, ImpactAssessment impact) { }

        @Override
        public void reductionProposed(RecordedChange change, ImpactAssessment impact) { }
    };
}
