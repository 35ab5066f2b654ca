package org.tocsin.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.access.AccountService;
import org.tocsin.access.AccountStore;
import org.tocsin.access.DirectoryView;
import org.tocsin.access.Ownership;
import org.tocsin.access.jdbc.JdbcAccountStore;
import org.tocsin.access.jdbc.JdbcOwnership;
import org.tocsin.audit.Journal;
import org.tocsin.common.Transactions;
import org.tocsin.web.security.Argon2Hashing;

/** Accounts, grants and API tokens (M5); the web side of sign-in is {@code web.security.SecurityConfiguration}. */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    @Bean
    AccountStore accountStore(JdbcTemplate jdbc) { return new JdbcAccountStore(jdbc); }

    @Bean
    AccountService accountService(AccountStore store, DirectoryView directory, Journal journal, Transactions transactions) {
        return new AccountService(store, directory, new Argon2Hashing(), journal, transactions);
    }

    @Bean
    Ownership ownership(JdbcTemplate jdbc) { return new JdbcOwnership(jdbc); }

    /**
     * The bootstrap admin token acts as the person {@code tocsin-admin}: it exists in the directory so
     * that what it does (an escalation policy, a grant) names a known actor, like anyone else's.
     */
    @Bean
    org.springframework.boot.ApplicationRunner adminTokenPerson(org.tocsin.access.Directory directory,
                                                               @org.springframework.beans.factory.annotation.Value("${tocsin.admin-token:}") String token) {
        return args -> {
            if (!token.isBlank()) {
                directory.createPerson(new org.tocsin.access.Person("tocsin-admin", "Bootstrap admin token (automation)", null, null, null));
            }
        };
    }
}
