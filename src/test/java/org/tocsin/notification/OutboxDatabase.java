package org.tocsin.notification;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * A database of its own, on the integration tests' PostgreSQL, migrated like the real one. The
 * sender's tests drive workers that claim every due row of {@code notification_outbox}: in the
 * shared database they would take (and the shared context's own sender would take) rows that other
 * tests wrote. Here each test empties the outbox and owns whatever it puts in.
 */
final class OutboxDatabase {

    private static OutboxDatabase instance;

    final HikariDataSource dataSource;
    final JdbcTemplate jdbc;
    final TransactionTemplate transactions;

    private OutboxDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The one database for this JVM, created on the server behind the shared context's data source. */
    static synchronized OutboxDatabase on(DataSource shared) {
        if (instance != null) return instance;
        HikariDataSource context = (HikariDataSource) shared;
        String name = "tocsin_notify_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000;
        new JdbcTemplate(context).execute("create database " + name);
        HikariConfig config = new HikariConfig();
        config.setPoolName("notify-test");
        config.setJdbcUrl(context.getJdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name));
        config.setUsername(context.getUsername());
        config.setPassword(context.getPassword());
        config.setMaximumPoolSize(20);
        HikariDataSource ds = new HikariDataSource(config);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        instance = new OutboxDatabase(ds);
        return instance;
    }

    void emptyOutbox() {
        jdbc.execute("truncate notification_outbox");
    }
}
