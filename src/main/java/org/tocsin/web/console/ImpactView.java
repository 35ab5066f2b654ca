package org.tocsin.web.console;

import org.tocsin.protection.ImpactAssessment;
import org.tocsin.protection.ImpactJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An impact assessment as the console shows it, read from its wire form ({@link ImpactJson}): the same
 * shape whether it was just computed (a what-if, a change the force file records) or stored with a
 * change on record, exactly as the deciders saw it. Every number keeps its range and confidence; the
 * model's sentences (reasons, assumptions, notes) stay in its English.
 */
record ImpactView(String change, String form, String on, String force, Range forceBefore, String forceBeforeConfidence,
                  String forceBeforeHow, Range forceAfter, List<String> sitesUnguarded, Exposure exposed, Exposure exposedIfFollowed,
                  List<SiteLine> sites, List<Dependent> dependents, List<Follower> likelyToFollow, List<Link> pressures,
                  List<Link> mitigations, Coverage coverage, List<String> assumptions, List<String> notes, String text) {

    /** A number with its spread; {@code point} when the sources agree. */
    record Range(long value, long low, long high) {
        public boolean point() { return low == high; }
    }

    /** People left without a guard: a range, the weakest confidence among the figures, the sites summed and those not counted. */
    record Exposure(Range people, String confidence, List<String> sites, List<String> notCounted) {
        public boolean none() { return sites.isEmpty(); }
    }

    /** A protected site under the change. {@code people} is null when no number is established. */
    record SiteLine(String site, String name, String outcome, Range people, String peopleConfidence, List<String> peopleNotes,
                    List<String> guards, String reason) {
        public String outcomeCss() { return "outcome-" + outcome.replace('_', '-'); }
    }

    record Dependent(String node, String path, String type, String confidence, List<String> sources, String description) {}

    record Follower(String contingent, String reason, String confidence, List<String> sources, List<String> research) {}

    record Link(String from, String to, String type, String description, String confidence, List<String> sources) {}

    /** The allocation under a cut: troops free to guard sites in the three cases, and each site's share. */
    record Coverage(long target, long pessimistic, long central, long optimistic, long minimumDetachment, List<Cover> sites) {}

    record Cover(String site, Share pessimistic, Share central, Share optimistic) {}

    record Share(long required, long allocated, boolean held) {
        public boolean thin() { return held && allocated < required; }
    }

    static ImpactView of(ImpactAssessment a) {
        return of(ImpactJson.of(a));
    }

    static ImpactView of(Map<String, Object> m) {
        Map<String, Object> change = map(m.get("change"));
        Map<String, Object> before = map(m.get("force_before"));
        List<SiteLine> sites = new ArrayList<>();
        for (Object o : list(m.get("sites"))) {
            Map<String, Object> s = map(o);
            Map<String, Object> people = map(s.get("people"));
            List<String> guards = new ArrayList<>();
            for (Object g : list(s.get("guards"))) guards.add(guard(map(g)));
            sites.add(new SiteLine(text(s.get("site")), text(s.get("name")), text(s.get("outcome")),
                    Boolean.TRUE.equals(people.get("established")) ? range(people) : null, text(people.get("confidence")),
                    strings(people.get("notes")), guards, text(s.get("reason"))));
        }
        List<Dependent> dependents = new ArrayList<>();
        for (Object o : list(m.get("dependents"))) {
            Map<String, Object> d = map(o);
            dependents.add(new Dependent(text(d.get("node")), String.join(" ← ", strings(d.get("path"))), text(d.get("type")),
                    text(d.get("confidence")), strings(d.get("sources")), text(d.get("description"))));
        }
        List<Follower> followers = new ArrayList<>();
        for (Object o : list(m.get("likely_to_follow"))) {
            Map<String, Object> f = map(o);
            followers.add(new Follower(text(f.get("contingent")), text(f.get("reason")), text(f.get("confidence")),
                    strings(f.get("sources")), strings(f.get("research"))));
        }
        Map<String, Object> after = map(m.get("force_after"));
        return new ImpactView(text(change.get("text")), text(m.get("form")), text(m.get("on")), text(m.get("force")),
                before.get("value") == null ? null : range(before), text(before.get("confidence")), text(before.get("how")),
                after.isEmpty() || after.get("value") == null ? null : range(after), strings(m.get("sites_unguarded")),
                exposure(map(m.get("people_exposed"))), exposure(map(m.get("people_exposed_if_followers_leave"))), sites, dependents,
                followers, links(m.get("pressures")), links(m.get("mitigations")), coverage(map(m.get("coverage"))),
                strings(m.get("assumptions")), strings(m.get("notes")), text(m.get("text")));
    }

    private static String guard(Map<String, Object> g) {
        String who = g.get("contingent") != null ? text(g.get("contingent")) : text(g.get("described"));
        Map<String, Object> troops = map(g.get("troops"));
        return who + (troops.isEmpty() ? "" : ", " + range(troops).value() + " troops") + " (" + text(g.get("confidence")) + ")";
    }

    private static List<Link> links(Object value) {
        List<Link> out = new ArrayList<>();
        for (Object o : list(value)) {
            Map<String, Object> d = map(o);
            out.add(new Link(text(d.get("from")), text(d.get("to")), text(d.get("type")), text(d.get("description")),
                    text(d.get("confidence")), strings(d.get("sources"))));
        }
        return out;
    }

    private static Exposure exposure(Map<String, Object> e) {
        if (e.isEmpty()) return new Exposure(new Range(0, 0, 0), null, List.of(), List.of());
        return new Exposure(range(e), text(e.get("confidence")), strings(e.get("sites")), strings(e.get("not_counted")));
    }

    private static Coverage coverage(Map<String, Object> c) {
        if (c.isEmpty()) return null;
        Map<String, Object> g = map(c.get("guard_strength"));
        List<Cover> sites = new ArrayList<>();
        for (Object o : list(c.get("sites"))) {
            Map<String, Object> s = map(o);
            sites.add(new Cover(text(s.get("site")), share(map(s.get("pessimistic"))), share(map(s.get("central"))),
                    share(map(s.get("optimistic")))));
        }
        return new Coverage(number(c.get("target_strength")), number(g.get("pessimistic")), number(g.get("central")),
                number(g.get("optimistic")), number(c.get("minimum_detachment")), sites);
    }

    private static Share share(Map<String, Object> s) {
        return new Share(number(s.get("required")), number(s.get("allocated")), Boolean.TRUE.equals(s.get("held")));
    }

    private static Range range(Map<String, Object> m) {
        long value = number(m.get("value"));
        return new Range(value, m.containsKey("low") ? number(m.get("low")) : value, m.containsKey("high") ? number(m.get("high")) : value);
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object x : list(o)) if (x != null) out.add(x.toString());
        return out;
    }

    /** Whether any site loses its guard. */
    public boolean leavesSites() { return !sitesUnguarded.isEmpty(); }
}
