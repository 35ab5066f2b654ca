package org.tocsin.escalation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tocsin.access.jdbc.JdbcDirectory;
import org.tocsin.audit.Journal;
import org.tocsin.common.Transactions;
import org.tocsin.distribution.Tlp;
import org.tocsin.escalation.jdbc.JdbcAlertStore;
import org.tocsin.escalation.jdbc.JdbcDeadlineStore;
import org.tocsin.escalation.jdbc.JdbcDeliveryStore;
import org.tocsin.escalation.jdbc.JdbcEventHistory;
import org.tocsin.escalation.jdbc.JdbcOutbox;
import org.tocsin.escalation.jdbc.JdbcPolicyStore;
import org.tocsin.situation.jdbc.JdbcSituationStore;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Tocsin instances sharing one database: two complete escalation graphs, each on its own
 * connection, racing over many due deadlines. Each deadline fires exactly once.
 */
class TwoWorkersRaceIntegrationTest extends EscalationIntegrationTest {

    @Autowired DataSource dataSource;

    /** One instance's worker, on one connection of its own. */
    private record Instance(SingleConnectionDataSource connection, EscalationWorker worker) {}

    private Instance instance(String name) throws SQLException {
        var connection = new SingleConnectionDataSource(dataSource.getConnection(), true);
        var jdbc = new JdbcTemplate(connection);
        var template = new TransactionTemplate(new DataSourceTransactionManager(connection));
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Function<RollbackControl, T> work) {
                return template.execute(status -> work.apply(status::setRollbackOnly));
            }

            public void onRollback(Runnable action) { /* nothing held in memory here */ }
        };
        var clock = Clock.systemUTC();
        var history = new JdbcEventHistory(jdbc);
        var events = new Events(history, Journal.NONE, clock);
        var deliveries = new JdbcDeliveryStore(jdbc);
        var rules = new SituationRules(new JdbcSituationStore(jdbc), new JdbcPolicyStore(jdbc), EscalationPolicy.Defaults.standard());
        var alerts = new AlertService(transactions, new JdbcAlertStore(jdbc), new JdbcDeadlineStore(jdbc), deliveries,
                new Dispatcher(deliveries, new JdbcOutbox(jdbc), events), rules, new JdbcDirectory(jdbc), (s, id) -> Optional.empty(),
                events, history, clock, Tlp.AMBER);
        return new Instance(connection, new EscalationWorker(transactions, new JdbcDeadlineStore(jdbc), alerts, name, 10_000));
    }

    @Test
    void twoWorkersOnTwoConnectionsFireEachDueDeadlineExactlyOnce() throws Exception {
        World w = world("esc-race");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) ids.add(raise(w, w.t0().plusSeconds(i)).id());
        Instant now = w.t0().plus(Duration.ofHours(3)).plusSeconds(60);

        Instance one = instance("instance-one");
        Instance two = instance("instance-two");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> runs = List.of(one, two).stream().<Callable<Integer>>map(in -> () -> {
                start.await();
                int total = 0;
                for (int n; (n = in.worker().runDue(now)) > 0; ) total += n;
                return total;
            }).toList();
            List<Future<Integer>> results = runs.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Integer> f : results) f.get();
        } finally {
            pool.shutdown();
            one.connection().destroy();
            two.connection().destroy();
        }

        String inIds = ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        // every deadline of these alerts that was due has fired, once, by one of the two instances
        List<Map<String, Object>> due = jdbc.queryForList("select id, fired_by, outcome from escalation_deadline where alert_id in ("
                + inIds + ") and due_at <= ?", now.atOffset(java.time.ZoneOffset.UTC));
        assertThat(due).as("each alert's acknowledgement deadline and first reminder").hasSize(ids.size() * 2);
        assertThat(due).allSatisfy(d -> assertThat(d.get("fired_by")).isIn("instance-one", "instance-two"));
        assertThat(due.stream().map(d -> d.get("fired_by")).distinct()).as("both instances took part").hasSize(2);
        // what each firing did happened once: one event per non-stale deadline, none for a stale one
        for (Map<String, Object> d : due) {
            Long events = jdbc.queryForObject("""
                    select count(*) from escalation_event where details->>'deadline' = ?
                    and type in ('alert.escalated', 'alert.renotified', 'alert.overdue')""", Long.class, d.get("id").toString());
            assertThat(events).as("deadline %s (%s)", d.get("id"), d.get("outcome")).isEqualTo("stale".equals(d.get("outcome")) ? 0L : 1L);
        }
        // and each alert climbed exactly once (its one acknowledgement deadline at level 0)
        for (long id : ids) {
            assertThat(jdbc.queryForObject("select count(*) from escalation_event where subject = ? and type = 'alert.escalated'",
                    Long.class, "alert:" + id)).isEqualTo(1L);
            assertThat(alert(id).level()).isEqualTo(1);
        }
    }
}
